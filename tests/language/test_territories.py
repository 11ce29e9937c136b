"""A state's own territories: what it sends there it sends at home, to no other
party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.territories import at_home, sovereign_of
from tests.helpers import cooperation_pairs, pair


def test_a_territory_belongs_to_its_state() -> None:
    assert sovereign_of("country/GUM") == "country/USA"
    assert sovereign_of("country/JPN") is None
    assert at_home(["country/FRA"], ["country/NCL"])
    assert not at_home(["country/AUS"], ["country/NCL"])
    assert not at_home(["country/FRA"], [])


@pytest.mark.parametrize(
    "text",
    [
        "France sent 300 police officers to New Caledonia.",
        "The United States sent 200 marines to Guam on Friday.",
        "France sent emergency supplies to New Caledonia after the cyclone.",
        "Denmark sent two warships to Greenland.",
    ],
)
def test_what_a_state_sends_to_its_territory_is_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Australia sent aid to New Caledonia after the cyclone.", ("Australia", "New Caledonia")),
        ("The United States sent 200 marines to Japan.", ("United States", "Japan")),
    ],
)
def test_what_another_state_sends_there_is_aid(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in cooperation_pairs(facts_of(text))
