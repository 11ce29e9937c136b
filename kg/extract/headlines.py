"""The headline is read too: it is parsed with the first piece of the body.

A headline often states the story's main fact ("Chile expels Peruvian envoy",
"Ruiz and Lind meet in Oslo") in its own register: a present tense for what has
happened, "to" for what will ("Chile to expel envoy", planned), a comma for
"and" ("Chile, Peru sign pact"), and in some outlets title case or capitals
(read as sentence case, :mod:`kg.language.headline_case`). It is parsed after
the body, as the last sentence of the article's last piece, behind a blank
line: its names are resolved with the body's ("Lind" in the headline is the
body's Bo Lind), and the body reads as before (the headline's names never
become what "the company" or "he" in the body refers to).

Its facts point to it: a headline sentence is flagged ``headline`` and its
offsets count in :attr:`Article.title`; it is numbered after the body's
sentences, so the body's sentences, evidence and fact identities stay what they
were.
A text that opens with its own headline (a page whose title is repeated as its
first line) is read once, as text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from kg.language.headline_case import sentence_case
from kg.records import Article, Evidence, Sentence

# What joins the headline to the body it is parsed with: a line break the
# sentence splitter never crosses (kg.language.nlp.set_sentence_starts).
JOINER = "\n\n"
_ENDERS = (".", "!", "?")

T = TypeVar("T")


def read_headline(article: Article) -> bool:
    """True when ``article``'s headline is read as its own sentence."""
    title = article.title
    if not title.strip():
        return False
    opening = " ".join(article.text[: len(title) + 80].split()).casefold()
    return not opening.startswith(" ".join(title.split()).casefold())


def parsed_headline(article: Article) -> str:
    """The headline as it is parsed (sentence case, a full stop where it has
    none), or "" when it is not read. As long as the headline, plus the stop.

    >>> parsed_headline(Article("a1", "CHILE EXPELS ENVOY", "Chile said on Monday.", "x.txt"))
    'Chile expels envoy.'
    """
    if not read_headline(article):
        return ""
    head = sentence_case(article.title, article.text)
    # A full stop where the headline has none: the model then reads "Howard rebuts
    # asylum criticisms" as a verb and its object, not as a noun phrase.
    return head + ("" if head.rstrip("\"'\u2019\u201d").endswith(_ENDERS) else ".")


def with_headline(pieces: list[tuple[int, str]], head: str) -> list[tuple[int, str]]:
    """``pieces`` of the body (``(offset, text)``), the last one closed by the
    headline ``head`` after a blank line; the body's text and offsets stay as
    they are.

    >>> with_headline([(0, "Chile said so.")], "Chile expels envoy.")
    [(0, 'Chile said so.\\n\\nChile expels envoy.')]
    """
    if not head:
        return pieces
    if not pieces:
        return [(0, head)]
    offset, last = pieces[-1]
    return [*pieces[:-1], (offset, last + JOINER + head)]


def headline_start(text: str, head: str) -> int | None:
    """Where ``head`` starts in a parsed piece's ``text``, if the piece ends with it."""
    if head and text == head:
        return 0
    if head and text.endswith(JOINER + head):
        return len(text) - len(head)
    return None


def headline_sentence(index: int, title: str, start: int, end: int) -> Sentence:
    """A sentence of the headline ``title``, ``start``/``end`` counted in the headline."""
    raw = title[start:end]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    return Sentence(index, start + lead, start + lead + len(body), body, headline=True)


def in_headline(fact: T, indices: set[int], shift: int, length: int) -> T:
    """``fact`` with evidence in the headline (sentences ``indices``) counted in the
    headline, ``length`` long (``shift``: where the headline starts in the article's
    offsets); other facts as they are."""
    ev: Evidence = fact.evidence  # type: ignore[attr-defined]
    if ev.sentence not in indices:
        return fact
    start, end = min(ev.start - shift, length), min(ev.end - shift, length)  # (not the stop)
    return replace(fact, evidence=replace(ev, start=start, end=end))  # type: ignore[type-var]


__all__ = ["JOINER", "headline_sentence", "headline_start", "in_headline", "parsed_headline",
           "read_headline", "with_headline"]  # fmt: skip
