"""A bare label after the thing a verb of naming names, which the parser reads as one
noun phrase with it.

"Chile called the arrests kidnapping", "Syria called the attack aggression": with no
article before the label, the small model takes the thing for a modifier of the label
("the [arrests kidnapping]") and the label for the verb's only object, so nothing is
said of the arrests. "Syria called the shelling a war crime": a gerund thing is read as
a verb whose object is the label. When a verb that names (call, brand, label, dub,
term; not "describe", whose one object is what it tells) governs a hostile label so,
:func:`repair_bare_labels` makes the thing the verb's object (with its determiners
and modifiers) and the label its complement, as "called the arrests illegal" is read.

The labels are data (``data/label-words.txt``: the ``crime``, ``deed`` and ``person``
rows, and :data:`kg.language.event_words.NEGATIVE_WORDS`). A thing of one word before
a singular label must be plural or a gerund ("the arrests kidnapping", "the shelling
aggression") or a noun the label is no compound of: "called the war crime" keeps its
compound.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.event_words import NEGATIVE_WORDS
from kg.language.lexicon import listed_words
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

# Verbs whose second object names the first; "describe" takes "as" instead.
_NAMING = frozenset({"call", "brand", "label", "dub", "term"})
# Nouns that make a compound with a label ("a war crime", "a hate crime"), not a thing
# named by it.
_COMPOUNDING = frozenset({"war", "hate", "state", "cyber", "sea", "air", "border"})
_THE = frozenset({"the", "this", "these", "that", "those", "its", "their", "his", "her"})


@cache
def label_words() -> frozenset[str]:
    """Hostile labels, lower case, that may follow the thing they name bare."""
    rows = listed_words("label-words.txt")
    return NEGATIVE_WORDS | rows["crime"] | rows["deed"] | rows["person"]


@cache
def _label_ids() -> frozenset[int]:
    return ids(label_words())


def repair_bare_labels(doc: Doc) -> int:
    """Mend each such phrase; how many were mended."""
    mended = 0
    for label in map(doc.__getitem__, tokens_with(doc, LOWER, _label_ids())):  # (no Token per word)
        if label.lower_ not in label_words() or label.dep_ not in {"dobj", "pobj"}:
            continue
        if (found := _thing_before(label)) is not None:
            thing, verb = found  # "called the arrests kidnapping"
            for t in doc[label.left_edge.i : thing.i]:
                if t.head.i == label.i:
                    t.head = thing  # "the" of "the arrests", though read as the label's
            thing.head, thing.dep_ = label.head, label.dep_
            if thing.tag_ == "VBG":
                thing.pos_, thing.tag_ = "NOUN", "NN"  # "the shelling"
            label.head, label.dep_ = verb, "oprd"
            mended += 1
        elif (gerund := _gerund_before(label)) is not None:
            verb = gerund.head  # "called the shelling a war crime"
            gerund.head, gerund.dep_ = verb, "dobj"
            gerund.pos_, gerund.tag_ = "NOUN", "NN"
            label.head, label.dep_ = verb, "oprd"
            mended += 1
    return mended


def _names(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _NAMING


def _naming_verb(label: Token) -> Token | None:
    """The verb that names whose object ends with ``label``: its object itself
    ("called [the arrests kidnapping]") or the last word of a phrase inside it
    ("called [Peru's arrest of the fishermen kidnapping]"), with no complement."""
    top = label
    while top.dep_ == "pobj" and top.head.dep_ == "prep":
        top = top.head.head
    verb = top.head
    if top.dep_ != "dobj" or not _names(verb) or top.right_edge.i != label.i:
        return None
    if sum(c.dep_ in {"dobj", "oprd", "ccomp", "xcomp"} for c in verb.children) != 1:
        return None
    return verb


def _thing_before(label: Token) -> tuple[Token, Token] | None:
    """ "the [arrests kidnapping]", "by [Libya terrorism]": the modifier right before
    the label, with a determiner of its own the parser gave the label (a name needs
    none inside a phrase), and the naming verb."""
    if label.i == 0 or (verb := _naming_verb(label)) is None:
        return None
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in label.children):
        return None
    thing = label.doc[label.i - 1]
    if thing.head.i != label.i or thing.dep_ not in {"compound", "nmod", "amod"}:
        return None
    if thing.lower_ in _COMPOUNDING or (thing.tag_ == "NN" and label.tag_ == "NNS"):
        return None  # "the war crimes", "the border killings": one noun phrase
    if thing.tag_ in {"NNP", "NNPS"} and label.dep_ == "pobj":
        if any(c.dep_ == "det" for c in label.children):
            return None  # "the families of [the Tumbes massacre]": a name's own event
        return thing, verb  # "the bombing of its embassy by [Libya terrorism]"
    if thing.tag_ not in {"NN", "NNS", "VBG"}:
        return None
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in _THE for c in label.children):
        return None  # "called arms sales extortion": no determiner tells the thing
    return thing, verb


def _gerund_before(label: Token) -> Token | None:
    """ "called [the shelling] [a war crime]": a gerund read as the naming verb's
    complement, with the label as its own object."""
    thing = label.head
    verb = thing.head
    if thing.tag_ != "VBG" or thing.dep_ not in {"oprd", "xcomp", "ccomp"} or not _names(verb):
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in _THE for c in thing.children):
        return None  # "called expanding NATO a mistake": a gerund with its own object
    return thing
