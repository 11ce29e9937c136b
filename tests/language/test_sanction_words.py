"""Whoever is punished "for" an act did it, not whoever punishes: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "punisher", "helped"),
    [
        ("Britain sanctioned Ardan Bank for helping Iran sell oil.", "United Kingdom", "Iran"),
        ("Canada blacklisted Orlan Steel for supplying drones to Russia.", "Canada", "Russia"),
        (
            "The US imposed sanctions on Velmar Industries for sending arms to Sudan.",
            "United States",
            "Sudan",
        ),
        ("Japan designated Marko Drevan for funding Hamas.", "Japan", "Hamas"),
    ],
)
def test_the_punisher_did_not_do_the_act_punished(  # type: ignore[no-untyped-def]
    facts_of, text: str, punisher: str, helped: str
) -> None:
    facts = facts_of(text)
    assert (punisher, helped) not in directed(facts, EventKind.COOPERATION, factual_only=False)
    assert directed(facts, EventKind.CONFLICT)  # the sanction itself is kept


def test_the_one_punished_did_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Britain sanctioned Ardan Bank for helping Iran sell oil.")
    assert ("Ardan Bank", "Iran") in directed(facts, EventKind.COOPERATION)


def test_praise_for_an_act_is_unchanged(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile praised Peru for sending aid to Haiti.")
    assert ("Peru", "Haiti") in directed(facts, EventKind.COOPERATION)
    assert ("Chile", "Haiti") not in directed(facts, EventKind.COOPERATION)
