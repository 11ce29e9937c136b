"""The headline is read too: parsed on its own, then joined after the body.

A headline often states the story's main fact ("Chile expels Peruvian envoy",
"Ruiz and Lind meet in Oslo") in its own register: a present tense for what has
happened, "to" for what will ("Chile to expel envoy", planned), a comma for
"and" ("Chile, Peru sign pact"), and in some outlets title case or capitals
(read as sentence case, :mod:`kg.language.headline_case`). It is parsed as a
piece of its own, so the body is parsed exactly as without it, and then joined
after the body's last piece as its last sentence: its names are resolved with
the body's ("Lind" in the headline is the body's Bo Lind), and the headline's
names never become what "the company" or "he" in the body refers to.

Its facts point to it: a headline sentence is flagged ``headline`` and its
offsets count in :attr:`Article.title`; it is numbered after the body's
sentences, so the body's sentences, evidence and fact identities stay what they
were. A text that opens with its own headline (a page whose title is repeated as
its first line) is read once, as text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from kg.language.headline_case import sentence_case
from kg.language.headline_names import HEADLINE_AT, headline_start
from kg.language.headline_surnames import body_people, named_again, people_named
from kg.records import Article, Evidence

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


def with_headline(pieces: list[tuple[int, str]], head: str) -> list[tuple[int | None, str]]:
    """``pieces`` of the body (``(offset, text)``) and, when there is a headline
    ``head``, the headline as a piece of its own, marked by the offset None: it is
    parsed apart, so the body is parsed exactly as without it (:func:`joined` puts
    the two together after parsing).

    >>> with_headline([(0, "Chile said so.")], "Chile expels envoy.")
    [(0, 'Chile said so.'), (None, 'Chile expels envoy.')]
    """
    return [*pieces, (None, head)] if head else list(pieces)


def joined(
    docs: Iterator[tuple[int | None, Doc]], parse: Callable[[str], Doc] | None = None
) -> Iterator[tuple[int, Doc]]:
    """The parsed pieces of one article, the headline's (offset None, always last)
    joined after the last piece of the body (``Doc.from_docs``: each keeps the parse
    it had alone), where the names of both are then resolved together. The joined
    document records where the headline starts (:data:`HEADLINE_AT` in its
    ``user_data``); a headline with no body is a document of its own. With ``parse``
    (text -> Doc), a headline that names the body's people by a surname the model
    misreads is parsed again with their full names
    (:mod:`kg.language.headline_surnames`)."""
    last: tuple[int, Doc] | None = None
    named: list[list[str]] = []  # the body's people, piece by piece
    for offset, doc in docs:
        if offset is None:  # the headline
            if parse is not None and named:
                doc = named_again(doc, body_people(named), parse)
            if last is None:
                doc.user_data[HEADLINE_AT] = 0
                yield 0, doc
            else:
                both = Doc.from_docs([last[1], doc])
                # where the headline's first token starts (``len(both.text) -
                # len(doc.text)``, without joining the text of every token twice)
                both.user_data[HEADLINE_AT] = both[len(last[1])].idx if len(doc) else len(both.text)
                yield last[0], both
            return
        if parse is not None:
            named.append(people_named(doc))
        if last is not None:
            yield last
        last = offset, doc
    if last is not None:
        yield last


def in_headline(fact: T, indices: set[int], shift: int, length: int) -> T:
    """``fact`` with evidence in the headline (sentences ``indices``) counted in the
    headline, ``length`` long (``shift``: where the headline starts in the article's
    offsets); other facts as they are."""
    ev: Evidence = fact.evidence  # type: ignore[attr-defined]
    if ev.sentence not in indices:
        return fact
    start, end = min(ev.start - shift, length), min(ev.end - shift, length)  # (not the stop)
    return replace(fact, evidence=replace(ev, start=start, end=end))  # type: ignore[type-var]


__all__ = ["HEADLINE_AT", "headline_start", "in_headline", "joined",
           "parsed_headline", "read_headline", "with_headline"]  # fmt: skip
