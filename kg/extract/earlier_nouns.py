"""The last noun with a given lemma before a position, from the document's nouns
by lemma (read once per document): walking back token by token from every
candidate made a new Token (and two strings) for each word passed, which grew
with the square of a long story's length."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from kg.extract.base import Context

_KEY = "kg.extract.earlier_nouns"  # the index's key in ``Context.memo``


def last_noun_before(ctx: Context, lemma: str, end: int) -> Token | None:
    """The last token of ``doc[:end]`` whose part of speech is NOUN and whose
    lemma is ``lemma``, as ``next(e for e in reversed(doc[:end]) if ...)`` finds it."""
    nouns = ctx.memo.get(_KEY)
    if nouns is None:
        nouns = ctx.memo[_KEY] = _nouns_by_lemma(ctx)
    assert isinstance(nouns, dict)
    positions: list[int] = nouns.get(lemma, [])
    n = bisect_left(positions, end)
    return ctx.tokens(positions[n - 1], positions[n - 1] + 1)[0] if n else None


def _nouns_by_lemma(ctx: Context) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, (_, lemma, _, pos) in enumerate(ctx.scan()):
        if pos == "NOUN":
            out.setdefault(lemma, []).append(i)
    return out
