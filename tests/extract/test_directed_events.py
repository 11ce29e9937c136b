"""The events of agents acting on targets (kg.extract.directed_events): partners each
on their own, the sides of a clash each against the other. Sentences written for these
tests."""

from __future__ import annotations

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, pair


def test_partners_each_on_their_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of("Chile agreed a trade deal with Peru, Bolivia and Ecuador."))
    assert {pair("Chile", "Peru"), pair("Chile", "Bolivia"), pair("Chile", "Ecuador")} <= found
    assert pair("Peru", "Bolivia") not in found


def test_the_sides_of_a_clash(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Chile and Peru clashed with Bolivia."), EventKind.CONFLICT)
    assert {("Chile", "Bolivia"), ("Bolivia", "Chile"), ("Peru", "Bolivia")} <= found
    assert ("Chile", "Peru") not in found
