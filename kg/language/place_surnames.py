"""A person's name beside the post the person holds whose surname is also a
town's, which the small model tags as a place or a body and the other name
repairs refuse (its words are in the dictionary, or name places too): "Sweden's
prime minister, Maja Lund, said", "Austria's president, Arno Pilsen,". The
apposition to a post says a person stands there; the chain of capitalised words
is a name unless it, or any word before its last, names a country, a capital or
a nationality, or it opens with a word of direction ("North Kivu", "Upper Lund"
are places). A surname no place has ("The envoy, Sound Player,") is left to the
other repairs."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.body_words import COMPANY_WORDS, ORG_HEAD_WORDS
from kg.language.lexicon import TITLE_WORDS
from kg.language.places import places
from kg.language.token_table import Story

# labels the model gives a person's name it takes for a place or a body
_MISREAD = {"ORG", "GPE", "FAC"}
# first words of places' names
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "new", "upper", "lower", "greater", "great", "old", "san", "santa",
               "saint", "st", "port", "fort", "mount", "lake", "cape"}  # fmt: skip

Bounds = list[tuple[int, int, str]]  # each span's start, end and label


def place_surnamed(
    doc: Doc, story: Story, i: int, spans: Bounds, words: frozenset[str]
) -> Span | None:
    """The name of two or three capitalised words ending in token ``i`` (which
    the caller found in apposition to a post), if it can be a person's."""
    w = story.table
    start, end = w.compound_start(i), i + 1
    if not 2 <= end - start <= 3 or w.lower[start] in _DIRECTIONS:
        return None
    if not places().is_place(w.text[i]):
        return None  # the surname a town's ("Lund"), which is why the model erred
    last = w.lower[i]
    if last in ORG_HEAD_WORDS or last in COMPANY_WORDS or (last[-1:] == "s" and last[:-1] in words):
        return None  # "Holm Mining", "Kelso Rovers"
    if not all(w.title[k] and w.alpha[k] and w.lower[k] not in TITLE_WORDS
               for k in range(start, end)):  # fmt: skip
        return None
    text = w.span_text(start, end)
    if story.lookup(text) or story.is_place(text) or places().is_place(text):
        return None  # a place's whole name
    if any(story.lookup(w.text[k]) or story.demonym(w.text[k]) or story.is_place(w.text[k])
           for k in range(start, i)):  # fmt: skip
        return None
    over = [(lo, hi, label) for lo, hi, label in spans if lo < end and start < hi]
    if any(label not in _MISREAD or (lo, hi) != (start, end) for lo, hi, label in over):
        return None  # tagged as something else, or as a different stretch
    return Span(doc, start, end, label="PERSON")
