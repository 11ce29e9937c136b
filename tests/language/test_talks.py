"""One list of the nouns that span a meeting (kg.language.talks), read by every rule
that asks: "a series of talks" or "three months of negotiations" ended with a pact.
Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from kg.language.talks import SPAN_NOUNS
from tests.helpers import cooperation_pairs, pair


def test_the_lists() -> None:
    assert {"days", "round", "series", "months"} <= SPAN_NOUNS
    assert "talks" not in SPAN_NOUNS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any span of a meeting closed with a pact
        ("Laos wrapped up a series of talks with Cambodia with a pledge to share river data.",
         pair("Laos", "Cambodia")),
        ("Officials from Laos and Cambodia ended three months of negotiations with an "
         "agreement to open a pipeline.", pair("Laos", "Cambodia")),
    ],
)  # fmt: skip
def test_a_meeting_noun_or_span_read_by_every_rule(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a span of something else
        "Laos wrapped up a series of matches with Cambodia with a pledge to meet again.",
    ],
)
def test_no_pact_of_a_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Laos", "Cambodia") not in cooperation_pairs(facts_of(text))
