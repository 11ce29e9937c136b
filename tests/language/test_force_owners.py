"""Whose forces "its" names after an act of a state: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "actor", "place", "foe"),
    [
        ("Egypt's invasion of Libya in 2031 pitted its army against the rebels.",
         "Egypt", "Libya", "rebels"),
        ("The Ethiopian offensive in Somalia pitted its troops against Islamist militias.",
         "Ethiopia", "Somalia", "Islamist militias"),
    ],
)  # fmt: skip
def test_its_forces_after_an_act_are_the_actors(
    facts_of, text: str, actor: str, place: str, foe: str
) -> None:  # type: ignore[no-untyped-def]
    conflicts = directed(facts_of(text), EventKind.CONFLICT)
    assert (actor, foe) in conflicts
    assert (place, foe) not in conflicts


def test_its_forces_an_act_acts_on_stay_the_nearest_bodys(facts_of) -> None:  # type: ignore[no-untyped-def]
    conflicts = directed(
        facts_of("Egypt's invasion of Libya forced its army to fight the rebels."),
        EventKind.CONFLICT,
    )
    assert ("Egypt", "rebels") not in conflicts
