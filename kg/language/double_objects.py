"""Objects the small model splits in two: "opposed Sweden's NATO bid" read as two
objects, "Sweden's NATO" and "bid", and "blocked Sweden's NATO membership bid" read
with "bid" as a verb of its own.

A name right before a common noun, both the objects of one verb, is the noun's
modifier ("the NATO bid", whose owner is Sweden: opposing it opposes Sweden, not
NATO), as is a possessive the parser hung on that name; and a "verb" with a modifier noun before it and no subject or auxiliary of
its own, hung as a clause on the verb right before its phrase, is that verb's
object noun. :func:`repair_double_objects` re-hangs both.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.lexicon import TITLE_WORDS
from kg.language.token_table import repair_each

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})
_MOVED = frozenset({"poss", "det", "amod"})  # what the first object owned that the noun owns
_REPAIRED_DEPS = frozenset(map(get_string_id, _CLAUSES | {"dobj"}))


def repair_double_objects(doc: Doc) -> int:
    """Re-hang each such split object; how many were repaired."""
    # (only a clause or an object is repaired: the dependency labels are read at once)
    return repair_each(doc, DEP, _REPAIRED_DEPS, _repair)


def _repair(token: Token) -> bool:
    doc = token.doc
    if _noun_read_as_verb(token):
        token.pos_, token.tag_, token.dep_ = "NOUN", "NN", "dobj"
        for c in [c for c in token.lefts if c.dep_ == "compound"]:
            for owner in [o for o in c.children if o.dep_ in _MOVED and o.i < c.i]:
                owner.head = token  # "Sweden's": the bid's owner, not the membership's
        return True
    if _owner_on_modifier(token):
        return True
    if token.dep_ != "dobj" or token.pos_ != "PROPN" or token.i + 1 >= len(doc):
        return False
    noun = doc[token.i + 1]
    if noun.dep_ != "dobj" or noun.head.i != token.head.i or noun.pos_ != "NOUN":
        return False
    token.head, token.dep_ = noun, "compound"
    for c in list(token.children):
        if c.dep_ in _MOVED and c.i < token.i:
            c.head = noun
    return True


def _noun_read_as_verb(token: Token) -> bool:
    """ "blocked Sweden's NATO membership bid": "bid" (tagged a participle, with the
    words before it as its modifiers) is the object of "blocked"."""
    if token.pos_ != "VERB" or token.dep_ not in _CLAUSES or token.head.pos_ != "VERB":
        return False
    lefts = list(token.lefts)
    if not lefts or any(c.dep_ in _SUBJECTS or c.dep_.startswith("aux") for c in lefts):
        return False
    if not any(c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} for c in lefts):
        return False
    return token.head.i < lefts[0].left_edge.i and not any(
        t.dep_ == "dobj" for t in token.head.children
    )


def _owner_on_modifier(noun: Token) -> bool:
    """ "opposed Sweden's NATO bid" parsed with "Sweden's" on "NATO": the possessive
    before a one-word name that modifies a verb's common-noun object owns the object
    (moved to it; not a title's: "Britain's Labour leader" keeps its parse)."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.lower_ in TITLE_WORDS:
        return False
    moved = False
    for c in [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]:
        owners = [o for o in c.children if o.dep_ == "poss" and o.i < c.i]
        if len(owners) == 1 and owners[0].right_edge.i + 1 == c.i and c.ent_type_ == "ORG":
            owners[0].head = noun
            moved = True
    return moved
