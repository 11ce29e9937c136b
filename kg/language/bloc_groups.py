"""Countries referred to by their bloc or region: "the three NATO members", "both EU
states", "the six Gulf monarchies", "the four OPEC producers".

A plural noun for states (``data/bloc-groups.txt``), counted ("the three", "both",
"all four") and qualified by a bloc of states (``data/state-blocs.txt``: "NATO",
"EU") or by a region's capitalised adjective ("Gulf", "Baltic") refers back to as many
countries named together before
(:func:`kg.language.plural_resolution.resolve_plural`). A noun of the ``members`` row
makes each of them a member of the bloc (:mod:`kg.extract.bloc_references`); one of
the ``partners`` row ("the two NATO partners", "both EU neighbours") refers back the
same way to countries beside the bloc, never in it. Who speaks is never the bloc:
"NATO members said", counted or not, with no countries to refer to, is some of its
members and no one named (:func:`bloc_of`). Not a phrase that names the members
after it ("EU members Latvia and Estonia", read by :mod:`kg.extract.listed_members`),
nor "the NATO summit" (no noun for states).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import NUMBER_WORDS, listed_words

_GROUP_ROWS = listed_words("bloc-groups.txt")
# Plural nouns for a bloc's member states ("the three NATO members").
MEMBER_NOUNS = _GROUP_ROWS["members"]
# Every plural noun for states after a bloc or a region: its members, and the countries
# beside it ("the two NATO partners", "both EU neighbours"), members of nothing.
STATE_GROUP_NOUNS = MEMBER_NOUNS | _GROUP_ROWS["partners"]
_COUNTS = frozenset(NUMBER_WORDS) | {"both"}
# Entity types that name someone, not a region ("the two Labour governments").
_NAMING = frozenset({"ORG", "PERSON", "GPE", "FAC"})


@cache
def state_blocs() -> frozenset[str]:
    """The keys of the bodies whose members are states ("org/NATO", "group/G7")."""
    text = (Path(__file__).parent / "data" / "state-blocs.txt").read_text(encoding="utf-8")
    keys = [k.strip() for k in text.splitlines() if k.strip() and not k.startswith("#")]
    return frozenset(f"{kind}/{k}" for k in keys for kind in ("org", "group"))


def bloc_of(noun: Token) -> Token | None:
    """The last token of the bloc of states that qualifies a plural noun for states
    ("NATO" in "the three NATO members", "Union" in "both European Union states", "EU"
    in "EU member states")."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lower_ not in STATE_GROUP_NOUNS:
        return None
    head = _member_word(noun) or noun
    for c in [*noun.lefts, *head.lefts]:
        if c.dep_ not in {"compound", "nmod", "amod"} or c.i + 1 != head.i:
            continue
        entry = gazetteer().lookup(noun.doc[c.left_edge.i : c.i + 1].text)
        if entry is not None and entry.key in state_blocs():
            return c
    return None


def some_members(noun: Token) -> bool:
    """ "NATO members", "EU member states", "NATO allies", "members of NATO", "the
    European Union's member states": members of a bloc of states that the phrase
    neither counts back to countries named before ("the three NATO members":
    :func:`counted_group`) nor names after it ("EU members Poland and Latvia", "NATO
    members such as Poland"). They are some of its members, whom the story does not
    name: as the doer of any act they are no one, never the bloc (which acts by its
    own name, "NATO said", or its people, "NATO officials said")."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.lower_ not in STATE_GROUP_NOUNS:
        return False
    if counted_group(noun) or _names_after(noun):
        return False
    return bloc_of(noun) is not None or _bloc_named_with(noun)


def acting(noun: Token) -> bool:
    """Whether a noun (or the first of the nouns joined with it) does what its clause
    tells: the subject of an active verb, or the agent of a passive one ("condemned by
    X")."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "nsubj" or (noun.dep_ == "pobj" and noun.head.dep_ == "agent")


def _bloc_named_with(noun: Token) -> bool:
    """ "members of NATO", "member states of the EU", "the European Union's member
    states": the bloc after "of" or as the owner."""
    head = _member_word(noun) or noun
    owners = [c for c in (*noun.lefts, *head.lefts) if c.dep_ == "poss"]
    owners += [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(_is_bloc(o) for o in owners)


def _is_bloc(owner: Token) -> bool:
    words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ != "case"]
    entry = gazetteer().lookup(" ".join(t.text for t in words)) if words else None
    return entry is not None and entry.key in state_blocs()


def _names_after(noun: Token) -> bool:
    """ "EU members Poland and Latvia", "NATO members, Poland and Norway,", "NATO
    members such as Poland", "EU states including Malta": whom it means, named."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.ent_type_ in {"GPE", "ORG"}:
        return True
    return any(
        (c.dep_ == "appos" and c.ent_type_ in {"GPE", "ORG"})
        or (c.dep_ in {"prep", "amod"} and c.lower_ in {"such", "as", "including", "like"})
        for c in noun.rights
    )


def counted_group(noun: Token) -> bool:
    """ "the three NATO members", "both ASEAN members", "all four OPEC producers", "the
    six Gulf monarchies": a counted plural for states after a bloc or a region, as a
    reference back (not "three NATO members", "the NATO members", "the two members of
    NATO", "the three NATO members Estonia, Latvia and Lithuania")."""
    if noun.lower_ not in STATE_GROUP_NOUNS or noun.tag_ not in {"NNS", "NNPS"}:
        return False
    if noun.dep_ == "compound" or any(
        c.dep_ in {"prep", "appos", "acl", "relcl"} for c in noun.rights
    ):
        return False
    words = {c.lower_ for c in noun.lefts}
    if not (words & {"both"} or (words & _COUNTS and words & {"the", "all", "these", "those"})):
        return False
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.ent_type_ in {"GPE", "ORG"}:
        return False  # "the two EU members Spain and Italy": the names say which
    return bloc_of(noun) is not None or _region(noun)


def _region(noun: Token) -> bool:
    """ "Gulf", "Baltic", "Central Asian": a capitalised word right before the noun
    that names no body, person or country (not "the two Labour governments", "the two
    Kenyan parties")."""
    c = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (
        c is not None
        and c.head.i == noun.i
        and c.dep_ in {"compound", "amod", "nmod"}
        and c.is_title
        and not c.is_sent_start
        and c.ent_type_ not in _NAMING
        and gazetteer().demonym(c.text) is None
    )


def _member_word(noun: Token) -> Token | None:
    """ "member" in "member states", right before the noun and hung on it."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.lower_ == "member" and before.head.i == noun.i:
        return before
    return None
