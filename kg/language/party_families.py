"""Parties named by a family's label, which many countries share: "Social Democrats",
"Christian Democrats", "Free Democrats", "New Democrats". The small model tags such
a label a nationality (NORP) or tags only its last word ("Democrats", which alone
would be the US party), so "The Social Democrats said ..." had no speaker. The
plural label, standing as a noun of its own, names that family's party: an actor
known by its label alone, of no country (the label does not tell which country's
party it is). Not a counted group of members ("three Social Democrats voted"), nor
the singular adjective before a post ("Social Democrat leader X", a person's party).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.gazetteer import Entry

# Words that open the name of a party family in many countries ("Social Democrat",
# "Christian Democrats", "Free Democrat"): with one, a party adjective of uncertain
# country names that family's party, whose country the label does not tell.
PARTY_FAMILIES = frozenset({"Social", "Christian", "Free", "New", "National"})

# The plural nouns a family's label ends in: "Social Democrats", "Christian Socialists".
_FAMILY_HEADS = frozenset({"Democrats", "Socialists", "Liberals"})


def another_family(doc: Doc, ent: Span, entry: Entry | None) -> bool:
    """ "Social Democrat leader X": an ambiguous party adjective ("Democrat") after a
    word that makes it another party's name (not "Senate Democrat leader X")."""
    return (
        entry is not None
        and entry.contextual
        and ent.start > 0
        and doc[ent.start - 1].text in PARTY_FAMILIES
    )


def family_party(doc: Doc, start: int, end: int) -> bool:
    """ "The Social Democrats said": tokens ``start:end`` are a family's word and its
    plural head, standing as a noun (not a modifier: "Social Democrats leader"), and
    no number counts them ("three Social Democrats": members, not the party)."""
    if end - start != 2 or doc[start].text not in PARTY_FAMILIES:
        return False
    head = doc[end - 1]
    if head.text not in _FAMILY_HEADS or head.dep_ in {"compound", "amod", "poss"}:
        return False
    return not any(c.dep_ == "nummod" or c.like_num for c in head.lefts)
