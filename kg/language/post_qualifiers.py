"""A word that qualifies a post, read as the start of the body before the post:
"Incoming World Bank president Tom Sole", "Acting Harbour Board chairman Ann Rudd"
(the model tags "Incoming World Bank" one body). The word says when or how the
post is held, not whose it is, so the body starts after it: the World Bank, the
Harbour Board. "New" opens some bodies' names ("New Democratic Party"), so it is
cut only when the story names the body without it, or the rest is a known name.
The words are data (``data/post-qualifiers.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.lexicon import listed_words

_WORDS = listed_words("post-qualifiers.txt")
NEVER_IN_NAMES = _WORDS["never"]
_NEW = _WORDS["new"]
_JOINED = _WORDS["joined"]


def qualifier_end(doc: Doc, start: int, end: int) -> int:
    """Where a body's name begins after the qualifying words that open
    ``doc[start:end]`` ("Newly appointed", "Incoming"); ``start`` when none does."""
    i = start
    while i < end - 1 and doc[i].text in NEVER_IN_NAMES:
        i += 1
        while i < end - 1 and (doc[i].lower_ in _JOINED or doc[i].text == "-"):
            i += 1  # "Newly appointed", "Newly-elected"
    return i


def qualifier_cut(doc: Doc, span: Span, known: bool = False) -> Span:
    """``span`` (a body) without the qualifying words that open it: "Incoming World
    Bank" -> "World Bank"; "New Harbour Board" -> "Harbour Board" when the story
    also names the "Harbour Board" without "New" or ``known`` (the rest is a
    known name)."""
    if span.label_ != "ORG" or len(span) < 2:
        return span
    start = qualifier_end(doc, span.start, span.end)
    if start == span.start and doc[start].text in _NEW:
        rest = doc[start + 1 : span.end]
        if known or _named_without(doc, rest):
            start += 1
    if start == span.start or not doc[start].is_title:
        return span
    return Span(doc, start, span.end, label=span.label_)


def _named_without(doc: Doc, rest: Span) -> bool:
    """The story names ``rest`` elsewhere, not after "New"."""
    text, n = rest.text, len(rest)
    return any(
        i != rest.start
        and doc[i].text == rest[0].text
        and doc[i : i + n].text == text
        and (i == 0 or doc[i - 1].text not in _NEW)
        for i in range(len(doc) - n + 1)
    )
