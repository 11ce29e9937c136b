"""What a statement says (kg.extract.said_content): the quote or the reported clause
kept on the event. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from kg.records import EventKind


def _quotes(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.quote or "" for e in facts.events if e.kind is EventKind.STATEMENT]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"We will not leave the talks," Ana Ruiz said on Monday.', "We will not leave the talks"),
        ("Ana Ruiz said the border would reopen in May.", "the border would reopen in May"),
    ],
)
def test_the_words_said(facts_of, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert any(words in q for q in _quotes(facts_of(text)))
