"""Whose a name is, read from the words before it: one walk for every reader of whose
organ, body or command a name is (:mod:`kg.language.owned_organs`,
:mod:`kg.language.owned_bodies`, :mod:`kg.language.commands`), each with its own test
of an owner."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.language.names import POSSESSIVE_ENDINGS


def owner_before(
    doc: Doc, at: int, is_owner: Callable[[Span, bool], bool], longest: int
) -> Span | None:
    """The owner's name that ends right before token ``at``, a possessive between or not
    ("the EU's executive commission", "US Africa Command", "Kenya's athletics federation",
    "the Indian cricket board"): the longest of at most ``longest`` words that
    ``is_owner`` takes (given whether a possessive follows it); None when none does."""
    possessive = at > 0 and doc[at - 1].text in POSSESSIVE_ENDINGS
    end = at - 1 if possessive else at
    for start in range(max(end - longest, 0), end):
        if is_owner(doc[start:end], possessive):
            return doc[start:end]
    return None
