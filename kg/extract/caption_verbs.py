"""A photo caption's verb the tagger took for a plural noun.

"A (left) greets B in Geneva on Monday", "A (centre) hosts B and C at the palace":
after a position in brackets the small model often reads the verb as a plural noun
("greets", "hosts"), and then either hangs the noun and the second name on the first
name as appositions or leaves the verb a noun at the root. A lower-case word ending
in "s" right after a picture's position, whose base is a trigger verb, is retagged
as that verb in the present; when the parser hung it on the name before the bracket,
it becomes the sentence's verb, that name its subject and the name after it its
object, so every frame reads the caption as it reads "A greets B".
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from kg.extract.captions import in_picture
from kg.extract.triggers import table
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_NAME_DEPS = frozenset({"appos", "conj", "dobj", "npadvmod"})
# How the parser hangs the name before the bracket on a caption verb it read as a noun.
_OWNER_DEPS = frozenset({"nmod", "compound", "nsubj"})
_CLOSE = ids({")"})


def repair_caption_verbs(doc: Doc) -> int:
    """Retag caption verbs read as plural nouns; how many were repaired."""
    repaired = 0
    for close in map(doc.__getitem__, tokens_with(doc, ORTH, _CLOSE)):  # (no Token per word)
        if close.text != ")" or close.i + 1 >= len(doc) or not in_picture(doc, close.i):
            continue
        word = doc[close.i + 1]
        base = _verb_base(word)
        if base is None:
            continue
        if not _name_before_bracket(doc, close.i):
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", base
        subject = word.head
        if word.dep_ == "ROOT":  # "A (right) greets B" read as one noun phrase
            subject = next((c for c in word.lefts if c.dep_ in _OWNER_DEPS), word)
            if subject.pos_ == "PROPN":
                subject.dep_ = "nsubj"
                _object(word)
        elif subject.dep_ == "ROOT" and subject.pos_ == "PROPN":
            _make_verb(word, subject)
        repaired += 1
    return repaired


def _verb_base(word: Token) -> str | None:
    """ "greets" -> "greet", "welcomes" -> "welcome", "addresses" -> "address", for
    a lower-case word the tagger made a noun."""
    low = word.lower_
    if word.tag_ not in {"NNS", "NN"} or not word.is_lower or not low.endswith("s"):
        return None
    verbs = _verbs()
    return next((c for c in (low[:-1], low[:-2]) if len(c) > 2 and c in verbs), None)


@cache
def _verbs() -> frozenset[str]:
    return frozenset(w.split("+")[0] for (w, pos) in table() if pos == "verb")


def _name_before_bracket(doc: Doc, close: int) -> bool:
    """Whether a name ends right before the bracket: "A (left)", "Queen A of B (left)"."""
    opening = next((i for i in range(close - 1, max(close - 5, 0), -1) if doc[i].text == "("), None)
    if opening is None or opening == 0:
        return False
    last = doc[opening - 1]
    return last.pos_ == "PROPN"


def _make_verb(verb: Token, name: Token) -> None:
    """The verb becomes the root, the name its subject, the words after the verb
    that the parser hung on the name (places, days, the full stop) the verb's, and
    the first name or noun after the verb read as an apposition its object."""
    moved = [c for c in name.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    for child in moved:
        child.head = verb
    _object(verb)


def _object(verb: Token) -> None:
    """The first name or noun after the verb, read as an apposition, is its object."""
    obj = next(
        (c for c in verb.rights if c.dep_ in _NAME_DEPS and c.pos_ in {"PROPN", "NOUN"}), None
    )
    if obj is not None:
        obj.dep_ = "dobj"
