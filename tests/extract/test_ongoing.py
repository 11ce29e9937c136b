"""Supply that goes on ("will continue to supply X") is told as a fact; supply still
to start, offered on a condition or refused is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey will continue to supply Georgia with drones.", ("Turkey", "Georgia")),
        ("Iran will keep supplying Syria with missiles.", ("Iran", "Syria")),
        ("Belarus will continue to arm Russia.", ("Belarus", "Russia")),
        ("Egypt will continue supplying Sudan with fuel.", ("Egypt", "Sudan")),
    ],
)
def test_supply_that_will_go_on_is_a_fact(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will start supplying Georgia with drones.",  # still to start
        "Turkey will begin to supply Georgia with drones.",
        "Turkey would continue to supply Georgia with drones if the war resumed.",  # a condition
        "Turkey will not continue to supply Georgia with drones.",  # negated
        "Turkey refused to continue supplying Georgia with drones.",  # refused
        "Iran denied supplying Syria with missiles.",  # denied
    ],
)
def test_supply_still_to_come_or_refused_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


def test_a_meeting_that_will_go_on_is_still_to_come(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Chile will continue to meet Peru."), EventKind.MEETING)
