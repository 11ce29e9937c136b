"""A photo caption's simple present is the moment pictured, not a plan."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Foreign Minister Ann Vale (right) and her Swedish counterpart, Tom Reyes, speak to "
         "the media after their talks in Oslo on Friday.", "Ann Vale", "Tom Reyes"),
        ("Ann Vale (left) meets Tom Reyes in Oslo on Monday.", "Ann Vale", "Tom Reyes"),
        ("Ann Vale (second right) and Tom Reyes pose after their talks in Oslo on Monday.",
         "Ann Vale", "Tom Reyes"),
        ("Danish and Swedish delegates shake hands at the opening of talks in Oslo on Tuesday.",
         "Denmark", "Sweden"),
    ],
)  # fmt: skip
def test_a_caption_tells_what_happened(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale meets Tom Reyes in Oslo on Monday.",  # a story's present with a day: ahead
        "Ann Vale and Tom Reyes speak to the media after their talks in Oslo on Friday.",
    ],
)
def test_without_a_picture_the_present_with_a_day_is_ahead(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Ann Vale", "Tom Reyes") not in met_pairs(facts)
    assert pair("Ann Vale", "Tom Reyes") in met_pairs(facts, factual_only=False)
