"""Two owners of one event: "A and B's first encounter", "Russia and China's joint
drills". The parser hangs only the second name on the event noun (or none: it can
read the noun as a conjunct of the first) and leaves the first a subject or object of
its own, so the event has one owner and the first name a role it does not play. When
the owned noun names an event (a trigger noun), the pair is its owner, as in "A's and
B's talks": the first name owns the noun, the second is its conjunct."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.extract import triggers
from kg.language.title_columns import ids
from kg.language.token_table import repair_each

_NAME_POS = frozenset({"PROPN"})
_POSS = ids({"poss"})


def repair_pair_possessors(doc: Doc) -> None:
    # (the possessors found from the document's array, read again after each join,
    # which may change the labels of other words)
    repair_each(doc, DEP, _POSS, _joined)


def _joined(second: Token) -> bool:
    if second.dep_ == "poss" and any(c.tag_ == "POS" for c in second.children):
        _join(second.doc, second)
        return True
    return False


def _join(doc: Doc, second: Token) -> None:
    noun = second.head
    if noun.pos_ != "NOUN" or triggers.trigger(noun.lower_, "noun") is None:
        return
    start = second.left_edge.i
    if start < 2 or doc[start - 1].lower_ != "and" or noun.i < second.i:
        return
    first = doc[start - 2]
    while first.dep_ == "compound" and first.head.i < start:
        first = first.head  # the last word of the first name
    if first.pos_ not in _NAME_POS or first.head == noun or first.i >= start:
        return
    cc = doc[start - 1]
    if cc.head != first or any(c.dep_ == "conj" and c != noun for c in first.children):
        return
    if noun.dep_ == "conj" and noun.head == first:  # "A and B's drills" read as "A and drills"
        noun.head, noun.dep_ = first.head if first.head != first else noun, first.dep_
    elif first.head != noun.head or first.dep_ != noun.dep_:
        return  # the first name has a role the noun does not share
    first.head, first.dep_ = noun, "poss"
    second.head, second.dep_ = first, "conj"
