"""A quoted label after the thing a verb of naming names, which the parser reads as
the thing's head.

"X called the report 'fiction'", "X branded the plan "a farce"": the small model takes
the opening quotation mark for a possessive ending or a punctuation mark inside one
noun phrase, so "the report" becomes a modifier of the quoted word, the quoted word the
verb's object, and what X said of the report is lost. When a verb of naming governs a
quoted word whose modifier is a noun standing right before the opening mark,
:func:`repair_quoted_complements` makes that noun the verb's object (with its
determiners and modifiers) and the quoted word the object's complement.

Two more misreadings end the same way. After a plural noun the opening mark may be
read as the possessive ending ("called her claims 'lies'", "accusations' lies"); it is
an opening mark when a closing one ends the label. And an adjective after the object,
quoted or not, may be read as the object's own modifier ("called the ban
'unacceptable'", "called the ban unacceptable"): after its noun, it is the
complement the verb names the object by; so is the noun the model reads as a
modifier of such an adjective ("called [the ban unacceptable]").
"""

from __future__ import annotations

from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Token

from kg.language.event_words import NAMING_VERBS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_OPENING = frozenset({"``", "''"})
_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
_MODIFIER_DEPS = frozenset({"poss", "nmod", "compound"})
# What each pass starts from, found in the document's arrays (no Token per word): an
# object (the first pass makes none), an adjective (the second retags no word one),
# an opening mark or a possessive ending (the third retags none).
_DOBJ, _JJ, _OPENING_IDS = ids({"dobj"}), ids({"JJ"}), ids({*_OPENING, "POS"})


def repair_quoted_complements(doc: Doc) -> int:
    """Mend each such phrase; how many were mended."""
    mended = 0
    for noun in map(doc.__getitem__, tokens_with(doc, DEP, _DOBJ)):
        if (late := _late_adjective(noun)) is not None:
            late.head, late.dep_ = noun.head, "oprd"  # "called the ban 'unacceptable'"
            for mark in doc[noun.i + 1 : late.i]:
                mark.head, mark.dep_ = late, "punct"
            mended += 1
    for label in map(doc.__getitem__, tokens_with(doc, TAG, _JJ)):
        if (thing := _noun_before_adjective(label)) is not None:
            for t in doc[min(thing.left_edge.i, label.left_edge.i) : thing.i]:
                if t.head.i == label.i:
                    t.head = thing  # "the" of "the ban", though read as the label's
            thing.head, thing.dep_ = label.head, "dobj"  # "called the ban unacceptable"
            if thing.tag_ == "VBG":
                thing.pos_, thing.tag_ = "NOUN", "NN"  # "the ruling"
            mended += 1
    for mark in map(doc.__getitem__, tokens_with(doc, TAG, _OPENING_IDS)):
        opening = mark.tag_ in _OPENING or _quote_as_ending(mark)
        if not opening or mark.i == 0 or mark.i + 1 >= len(doc):
            continue
        thing = doc[mark.i - 1]
        label = thing.head
        if _misread(thing, mark, label):
            _mend(thing, mark, label)
            mended += 1
    return mended


def _naming(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS


def _quote_as_ending(mark: Token) -> bool:
    """ "accusations' lies '": a mark read as a plural's possessive ending that a
    closing mark after the label shows to be an opening one."""
    if mark.tag_ != "POS" or mark.text not in _MARKS or mark.i == 0:
        return False
    label = mark.head.head
    end = label.right_edge.i + 1
    return (
        mark.doc[mark.i - 1].tag_ == "NNS"
        and end < len(mark.doc)
        and mark.doc[end].text in _MARKS
        and _naming(label.head)
    )


def _late_adjective(noun: Token) -> Token | None:
    """The adjective a naming verb's object has after it ("the ban unacceptable", "the
    ban 'unacceptable'"), with nothing but quotation marks between."""
    if noun.dep_ != "dobj" or noun.pos_ not in {"NOUN", "PROPN"} or not _naming(noun.head):
        return None
    for c in noun.children:
        between = noun.doc[noun.i + 1 : c.i]
        if c.dep_ == "amod" and c.i > noun.i and all(t.text in _MARKS for t in between):
            return c
    return None


def _noun_before_adjective(label: Token) -> Token | None:
    """The noun read as a modifier of the adjective a naming verb governs ("called [the
    ban unacceptable]", "called [the ruling 'unacceptable']")."""
    if label.tag_ != "JJ" or label.dep_ not in {"oprd", "dobj"} or not _naming(label.head):
        return None
    if any(c.dep_ == "dobj" for c in label.head.children):
        return None
    return next((c for c in label.children if c.dep_ in {"compound", "amod", "nmod"}
                 and c.i < label.i and c.tag_ in {"NN", "NNS", "VBG"}
                 and all(t.text in _MARKS for t in label.doc[c.i + 1 : label.i])), None)  # fmt: skip


def _misread(thing: Token, mark: Token, label: Token) -> bool:
    verb = label.head
    return (
        thing.pos_ in {"NOUN", "PROPN"}
        and thing.dep_ in _MODIFIER_DEPS
        and label.i > mark.i
        and label.dep_ in {"dobj", "oprd"}
        and _naming(verb)
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
