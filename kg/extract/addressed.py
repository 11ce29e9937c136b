"""The one a complaint is made to, as its target: "Sri Lanka complained to India
about the fishing boats" is a complaint against India. When the complaint names
someone else, the one it is made to only hears it: "complained to the UN about
Iran's tests", "complained to the UN that Iran had ...", "complained to the EU
about Italian officials". Trigger rows say so with the ``addressee-to`` flag (see
data/triggers.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

# Kinds of name that make a complaint's subject someone's (not a date or a sum).
_NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def addressee_kept(verb: Token, found: list[Token]) -> list[Token]:
    """``found`` (the objects of a complaint verb's prepositions) without those of
    "to" when what the complaint is about names someone."""
    told = [t for t in found if t.head.lower_ == "to"]
    if not told:
        return found
    about = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ != "to")
             or c.dep_ == "ccomp"]  # fmt: skip
    if any(w.ent_type_ in _NAMED for c in about for w in c.subtree):
        return [t for t in found if t not in told]
    return found
