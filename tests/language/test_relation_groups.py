"""A tie that has ended names no actor ("his former allies"): sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "President Dan Mabuza met his former allies in Harare on Monday.",
        "Tom Rada met his one-time partners in Lagos on Friday.",
        "Governor Ana Loth met her erstwhile allies at the party office.",
        "Pakistan struck militant hideouts, pitting Islamabad against its former allies.",
    ],
)
def test_former_allies_are_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name.lower() for a in facts.actors}
    assert not any("allies" in n or "partners" in n for n in names)
    assert not met_pairs(facts) and not directed(facts, EventKind.CONFLICT)


def test_a_pair_called_former_allies_still_meets(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Jonas Varga and Petra Lind, former allies, met in Oslo on Sunday.")
    assert pair("Jonas Varga", "Petra Lind") in met_pairs(facts)


def test_current_allies_stay_a_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Russia and its allies attacked Norway on Monday.")
    assert ("Russia", "Norway") in directed(facts, EventKind.CONFLICT)
