"""Regions and disputed territories are places, never actors; a group or a named
authority of the region still acts: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Azerbaijan attacked Nagorno-Karabakh in September.", "Nagorno-Karabakh"),
        ("Azerbaijan seized Nagorno-Karabakh in 2023.", "Nagorno-Karabakh"),
        ("Ethiopia bombed Tigray on Monday.", "Tigray"),
        ("Moldova shelled Transnistria on Monday.", "Transnistria"),
    ],
)
def test_a_region_is_no_actor(facts_of, text: str, region: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert region not in {a.name for a in facts.actors}
    assert not directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Rebels in Darfur attacked Chad on Monday.", "Rebels in Darfur"),
        (
            "Karabakh's separatist government accused Azerbaijan of shelling.",
            "Karabakh's separatist government",
        ),
        (
            "The Tigray People's Liberation Front accused Eritrea of attacking.",
            "Tigray People's Liberation Front",
        ),
    ],
)
def test_a_group_of_the_region_acts(facts_of, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    assert agent in {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
