"""A state's force named by common words alone is its country's, never a body
called "coast guard": sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, memberships, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil's coast guard vessel rammed a Uruguayan boat near the reef.",
            ("Brazil", "Uruguay"),
        ),
        ("Norway's coast guard detained a Russian fishing crew on Tuesday.", ("Norway", "Russia")),
        ("Japan's coast guard arrested a Chinese captain on Monday.", ("Japan", "China")),
        ("Greece's coast guard fired warning shots at a Turkish boat.", ("Greece", "Turkey")),
    ],
)
def test_the_force_acts_for_its_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    assert not memberships(facts)
    assert not any(a.name.islower() or "'s" in a.name for a in facts.actors)


def test_the_forces_spokesman_is_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru's air force said on Monday it had shot down a drone.")
    assert speakers(facts) == {"Peru"}


def test_a_force_of_no_country_is_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The coast guard vessel rammed a Uruguayan boat near the reef.")
    assert not any("guard" in a.name for a in facts.actors)


def test_a_named_force_keeps_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Iran's Revolutionary Guards seized a British tanker.")
    assert ("Revolutionary Guards", "United Kingdom") in directed(facts, EventKind.CONFLICT)
