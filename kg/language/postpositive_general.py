"""Plural posts with "general" after the noun: "the attorneys general of Chile and Peru
met", "the secretaries general of A and B". The parser may hang the "of" phrase on
"general", read as an adjective, so whose officials they are is lost;
:func:`repair_postpositive_general` hangs it on the plural noun, where "the attorneys-general
of A and B" (hyphenated) already has it.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_OWNER_PREPS = frozenset({"of", "from"})
_GENERAL = ids({"general"})


def repair_postpositive_general(doc: Doc) -> int:
    """Move the "of"/"from" phrases of a "general" after a plural noun onto the noun;
    how many."""
    moved = 0
    for word in map(doc.__getitem__, tokens_with(doc, LOWER, _GENERAL)):  # (no Token per word)
        noun = word.head
        if word.lower_ != "general" or word.dep_ not in {"amod", "appos"} or noun.tag_ != "NNS":
            continue
        if word.i - noun.i not in {1, 2} or (word.i - noun.i == 2 and doc[word.i - 1].text != "-"):
            continue  # "the attorneys general", "the attorneys-general"; not "troops in general"
        for prep in [c for c in word.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS]:
            prep.head = noun
            moved += 1
            owner = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if owner is None:
                continue
            for c in word.children:  # "of Peru and Ecuador" with "and Ecuador" on "general"
                if c.i > owner.i and (c.dep_ == "cc" or (c.dep_ == "conj" and c.ent_type_)):
                    c.head = owner
    return moved
