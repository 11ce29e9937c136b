"""A word that qualifies a post, read as the start of the body before the post:
"Incoming World Bank president Tom Sole", "Acting Harbour Board chairman Ann Rudd"
(the model tags "Incoming World Bank" one body). The word says when or how the
post is held, not whose it is, so the body starts after it: the World Bank, the
Harbour Board. "New" opens some bodies' names ("New Democratic Party"), so it is
cut when the story names the body without it, or the rest is a known name; and
when it opens a sentence (where its capital tells nothing) directly before a post
("New Metropolitan Police Commissioner Ann Sole said": the Metropolitan Police),
unless a name opens with it: one of two words ("New Dawn"), one the gazetteer knows ("New Zealand"), a place's
("New York Police Department"), a party's ("New Democracy leader X"), a firm's made
of "New", a common word and a firm's ending ("New Line Studios chief X", "New Century
Bank chairman X", unlike "New Vantor Group chief X", the known "New World Bank
president X" and an adjective's or a state bank's "New Central Bank governor X"), or
one the story gives with it elsewhere ("the New Harbour Authority
was set up").
The words are data (``data/post-qualifiers.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.body_words import FIRM_SUFFIXES, STATE_BANK_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import TITLE_WORDS, listed_words

_WORDS = listed_words("post-qualifiers.txt")
NEVER_IN_NAMES = _WORDS["never"]
_NEW = _WORDS["new"]
_JOINED = _WORDS["joined"]
_NEW_PLACES = _WORDS["new-place"]
_NEW_HEADS = _WORDS["new-head"]


def qualifier_end(doc: Doc, start: int, end: int) -> int:
    """Where a body's name begins after the qualifying words that open
    ``doc[start:end]`` ("Newly appointed", "Incoming"); ``start`` when none does."""
    i = start
    while i < end - 1 and doc[i].text in NEVER_IN_NAMES:
        i += 1
        while i < end - 1 and (doc[i].lower_ in _JOINED or doc[i].text == "-"):
            i += 1  # "Newly appointed", "Newly-elected"
    return i


def qualifier_cut(
    doc: Doc,
    span: Span,
    known: bool = False,
    words: frozenset[str] = frozenset(),
    adjectives: frozenset[str] = frozenset(),
) -> Span:
    """``span`` (a body) without the qualifying words that open it: "Incoming World
    Bank" -> "World Bank"; "New Harbour Board" -> "Harbour Board" when the story
    also names the "Harbour Board" without "New" or ``known`` (the rest is a
    known name). ``words`` are the dictionary's (a firm's name of "New" and a
    common word keeps it), ``adjectives`` its adjectives that are no nouns (which
    make no such name: "New Global Energy chief X")."""
    if span.label_ != "ORG" or len(span) < 2:
        return span
    start = qualifier_end(doc, span.start, span.end)
    if start == span.start and doc[start].text in _NEW:
        rest = doc[start + 1 : span.end]
        if known or _named_without(doc, rest) or _new_before_post(doc, span, words, adjectives):
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


def _new_before_post(
    doc: Doc, span: Span, words: frozenset[str], adjectives: frozenset[str]
) -> bool:
    """``span`` opens its sentence with "New" and a post follows it, and no name
    opens with that "New": the story says the post's holder is new."""
    new, rest = doc[span.start], doc[span.start + 1 : span.end]
    if len(rest) < 2 or not _opens_sentence(doc, span.start) or span.end >= len(doc):
        return False  # "New Dawn chairman X": one word is no body's name alone
    if doc[span.end].lower_ not in TITLE_WORDS:
        return False  # "New Harbour Authority said": perhaps its name
    if rest[0].text in _NEW_PLACES or rest[-1].text in _NEW_HEADS:
        return False  # "New York Police Department", "New Democracy", "New ... Party"
    gz = gazetteer()
    if gz.lookup(span.text) is not None or gz.lookup(f"{new.text} {rest[0].text}") is not None:
        return False  # "New Zealand Prime Minister X"
    if _new_firm(rest, words, adjectives) and gz.lookup(rest.text) is None:
        return False  # "New Line Studios chief X" (but "New World Bank president X")
    return not _named_with(doc, span)


def _new_firm(rest: Span, words: frozenset[str], adjectives: frozenset[str]) -> bool:
    """``rest``, after "New", is a common word and a firm's ending: "Line Studios",
    "Century Bank", "Horizon Energy" make a firm's name with "New" (a coined name,
    "Vantor Group", is the firm's own, which a new chief heads; an adjective or a
    state bank's word, "Global Energy", "Central Bank", names the body a new chief
    heads)."""
    return (
        len(rest) == 2
        and rest[0].lower_ in words
        and rest[0].lower_ not in adjectives
        and rest[0].lower_ not in STATE_BANK_WORDS
        and rest[0].is_title
        and rest[-1].lower_ in FIRM_SUFFIXES
    )


def _opens_sentence(doc: Doc, i: int) -> bool:
    """``doc[i]`` is the first word of its sentence (after an opening quote)."""
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].is_bracket):
        i -= 1
    return i == 0 or bool(doc[i].is_sent_start)


def _named_with(doc: Doc, span: Span) -> bool:
    """The story names ``span`` ("New ...") elsewhere, inside a sentence, where the
    capital tells a name."""
    text, n = span.text, len(span)
    return any(
        i != span.start and doc[i : i + n].text == text and not _opens_sentence(doc, i)
        for i in range(len(doc) - n + 1)
    )
