"""The article's gendered pronouns outside quotes, in order, read once per document
for :func:`kg.language.coref_cues.referred_as`: which of "he", "she", "his", "her"
... stood for a person before a token. Asking every mention of the article at
every question (and whether each was quoted) made the pronoun walk grow with the
square of a long story's length (a fifth of extraction's time on the longest BBC
stories)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable


class GenderedPronouns:
    """The pronoun mentions with a gender ("m" or "f") outside quotation marks
    ('"He is wrong," she said': whoever he is), by position. Mentions, their kinds
    and the quotes are fixed once coreference begins: only the links grow, and
    they are read at each question."""

    def __init__(self, found: Iterable[tuple[int, int, str]]) -> None:
        """``found``: ``(start, mention id, gender)`` of each such pronoun."""
        ordered = sorted(found)
        self._starts = [start for start, _, _ in ordered]
        self._found = [(mention, gender) for _, mention, gender in ordered]

    def before(self, token_index: int) -> list[tuple[int, str]]:
        """``(mention id, gender)`` of each one that starts before the token."""
        return self._found[: bisect_left(self._starts, token_index)]
