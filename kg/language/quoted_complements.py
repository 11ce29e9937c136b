"""A quoted label after the thing a verb of naming names, which the parser reads as
the thing's head.

"X called the report 'fiction'", "X branded the plan "a farce"": the small model takes
the opening quotation mark for a possessive ending or a punctuation mark inside one
noun phrase, so "the report" becomes a modifier of the quoted word, the quoted word the
verb's object, and what X said of the report is lost. When a verb of naming governs a
quoted word whose modifier is a noun standing right before the opening mark,
:func:`repair_quoted_complements` makes that noun the verb's object (with its
determiners and modifiers) and the quoted word the object's complement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.event_words import NAMING_VERBS

_OPENING = frozenset({"``", "''"})
_MODIFIER_DEPS = frozenset({"poss", "nmod", "compound"})


def repair_quoted_complements(doc: Doc) -> int:
    """Mend each such phrase; how many were mended."""
    mended = 0
    for mark in doc:
        if mark.tag_ not in _OPENING or mark.i == 0 or mark.i + 1 >= len(doc):
            continue
        thing = doc[mark.i - 1]
        label = thing.head
        if _misread(thing, mark, label):
            _mend(thing, mark, label)
            mended += 1
    return mended


def _misread(thing: Token, mark: Token, label: Token) -> bool:
    verb = label.head
    return (
        thing.pos_ in {"NOUN", "PROPN"}
        and thing.dep_ in _MODIFIER_DEPS
        and label.i > mark.i
        and label.dep_ in {"dobj", "oprd"}
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in NAMING_VERBS
        and verb.i < thing.i
        and mark.head.i in {thing.i, label.i}
    )


def _mend(thing: Token, mark: Token, label: Token) -> None:
    verb = label.head
    for t in thing.doc[thing.left_edge.i : thing.i]:
        if t.head.i == label.i:
            t.head = thing  # "the" of "the report"
    thing.head, thing.dep_ = verb, "dobj"
    label.dep_ = "oprd"
    mark.head, mark.dep_ = label, "punct"
