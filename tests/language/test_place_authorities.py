"""Those who govern a named city or region act as a group of their own; a capital's
are its country; a place that is only where something happens is no actor
(:func:`kg.language.described_groups.place_authorities`): sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Donetsk authorities accused Ukraine of shelling a market.",
            ("Donetsk authorities", "Ukraine"),
        ),
        (
            "The Gaza authorities accused Israel of killing 20 people.",
            ("Gaza authorities", "Israel"),
        ),
        ("The Beijing authorities criticised Japan on Monday.", ("China", "Japan")),
    ],
)
def test_authorities_of_a_place(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_regions_authorities_speak(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Luhansk authorities said Ukrainian drones had struck a power station.")
    assert "Luhansk authorities" in speakers(facts)


def test_a_place_where_fighting_happens_is_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Fighting in Donetsk killed five civilians, Ukraine said on Monday.")
    assert not any("Donetsk" in a.name for a in facts.actors)
