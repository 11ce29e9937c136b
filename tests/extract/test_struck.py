"""Where force lands when no actor is its target: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway shelled Bergenholm Province, Sweden, on Monday.", ("Norway", "Sweden")),
        ("Chilean jets bombed rebel positions in Peru.", ("Chile", "Peru")),
        ("Chile struck hideouts inside Bolivia on Friday.", ("Chile", "Bolivia")),
    ],
)
def test_force_on_a_place_lands_on_its_country(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police raided a house in Santiago.",  # a country's own territory
        "Storms struck villages in Peru.",  # no actor uses force
    ],
)
def test_no_country_is_struck_by_itself_or_by_weather(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(t == "Peru" or (s, t) == ("Chile", "Chile") for s, t in pairs)
