"""Strikes held by a union against someone are protests against them; a strike not
held, or a ballot on one, is none: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pilots' Association held a two-day strike against Sky Atlas Airways.",
         ("Pilots' Association", "Sky Atlas Airways", "143")),
        ("The Teachers' Union held strikes against the Education Ministry last year.",
         ("Teachers' Union", "Education Ministry", "143")),
        ("The Transport Workers' Federation held a general strike against Zimbabwe.",
         ("Transport Workers' Federation", "Zimbabwe", "143")),
    ],
)  # fmt: skip
def test_a_strike_held_against_someone_is_a_protest(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pilots' Association did not hold a strike against Sky Atlas Airways.",
        "The Pilots' Association plans to hold a strike against Sky Atlas Airways.",
        "The Pilots' Association held a strike ballot at Sky Atlas Airways.",
    ],
)
def test_a_strike_not_held_or_a_ballot_is_no_protest(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)
