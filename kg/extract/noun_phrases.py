"""Trigger nouns of more than one word: a row of ``data/triggers.tsv`` written with
"+" between its words ("military+action", "rescue+package") or with a hyphen
("bail-out") names its event only as that phrase, never by its last word alone
("action", "package", "out"). The phrase is found at its last word, the noun the
rest modifies, so the row works wherever a noun of its frame does: "launched
military action against X", "X's military action against Y", "threatened military
action against X"; "a rescue package for X", "offered a bail-out to X".

>>> sorted(phrase_words("bail-out military+action"))
[('bail', '-', 'out'), ('military', 'action')]
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Token

from kg.extract import triggers
from kg.extract.base import Context
from kg.records import EventKind


def phrase_words(words: str) -> Iterable[tuple[str, ...]]:
    """The tokens each phrase of ``words`` (space-separated table words) is made of,
    as the tokenizer splits them: the words, and a hyphen between the parts."""
    for word in words.split():
        parts: list[str] = []
        for w in word.replace("+", " ").split():
            for n, piece in enumerate(w.split("-")):
                parts += ["-", piece] if n else [piece]
        yield tuple(parts)


Rows = tuple[tuple[tuple[str, ...], triggers.Trigger], ...]  # (words before the last, row)


@cache
def _by_last_word(kind: EventKind) -> dict[str, Rows]:
    """The rows of ``kind`` that are phrases, by their last word: (the words before it, row)."""
    found: dict[str, list[tuple[tuple[str, ...], triggers.Trigger]]] = {}
    for (word, _), row in triggers.words(kind=kind, pos="noun").items():
        for parts in phrase_words(word.replace(" ", "+")):
            if len(parts) > 1:
                found.setdefault(parts[-1], []).append((parts[:-1], row))
    # the longest phrase first: "armed+action" before a shorter row ending in "action"
    return {w: tuple(sorted(rows, key=lambda r: -len(r[0]))) for w, rows in found.items()}


def last_words(kind: EventKind) -> frozenset[str]:
    """The words a phrase row of ``kind`` ends with (a cheap test before :func:`phrase_row`)."""
    return frozenset(_by_last_word(kind))


@cache
def first_words(kind: EventKind) -> frozenset[str]:
    """Every beginning of a noun row of ``kind`` written as several words, up to a
    word's end ("shooting" of "shooting down"; "a b" and "a" of "a b c"): only a
    noun that begins such a row can be read with its particle, so only such a noun
    needs its children read (a gate made from the table the reading looks up).

    >>> "shooting" in first_words(EventKind.CONFLICT)
    True
    """
    found: set[str] = set()
    for (word, _), _row in triggers.words(kind=kind, pos="noun").items():
        parts = word.split(" ")
        found.update(" ".join(parts[:n]) for n in range(1, len(parts)))
    return frozenset(found)


def phrase_row(
    ctx: Context, token: Token, lower: str, lemma: str, kind: EventKind
) -> triggers.Trigger | None:
    """The phrase row of ``kind`` that ends at ``token`` ("action" of "military
    action"; a plural's lemma finds a row written in the singular), if the words
    before it spell the rest."""
    table = _by_last_word(kind)
    rows = table.get(lower) or table.get(lemma.lower())
    for before, row in rows or ():
        start = token.i - len(before)
        if start >= 0 and tuple(w[2] for w in ctx.scan(start, token.i)) == before:
            return row
    return None
