"""Plural posts with "general" after the noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attorneys general of Chile and Peru met in Santiago on Monday.", pair("Chile", "Peru")),
        ("The secretaries general of Ghana and Togo met in Lome on Friday.", pair("Ghana", "Togo")),
        ("The attorneys-general of Kenya and Uganda held talks in Kampala.", pair("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_officials_general_of_countries_meet_for_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


def test_officials_general_agree_for_their_countries(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The attorneys general of Peru and Ecuador signed a deal in Lima on Monday."
    assert pair("Peru", "Ecuador") in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The attorneys general of Chile and Peru will meet in Santiago next week.",
        "Troops in general met little resistance in Chile and Peru.",
        "The attorney general of Chile met lawyers in Lima on Monday.",
    ],
)
def test_no_meeting_of_countries_without_officials_of_both(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in met_pairs(facts_of(text))
