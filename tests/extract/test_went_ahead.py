"""Whether a meeting a noun names went ahead (kg.extract.went_ahead): held after being put
off, ended before it began, only rumoured or reported."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair

HELD_AFTER_ALL = [
    "The postponed summit between Peru and Chile took place on Monday.",
    "Peru and Chile held their delayed talks on Monday.",
    "Peru and Chile finally held the postponed talks in Lima.",
    "The delayed talks between Peru and Chile began in Lima on Tuesday.",
    "The postponed meeting between Peru and Chile went ahead on Friday.",
]


@pytest.mark.parametrize("text", HELD_AFTER_ALL)
def test_a_meeting_put_off_and_then_held_took_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile postponed their talks.",
        "The talks between Peru and Chile were postponed until May.",
        "Peru and Chile will hold the delayed talks on Friday.",
        "The delayed talks between Peru and Chile angered Bolivia.",
    ],
)
def test_a_meeting_put_off_and_not_said_held_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") not in met_pairs(facts_of(text))


NEVER_BEGAN = [
    "Talks between Serbia and Kosovo collapsed before they began.",
    "The summit between Serbia and Kosovo broke down before it got under way.",
    "The talks between Serbia and Kosovo fell apart before they started.",
    "Talks between Serbia and Kosovo foundered before they got under way.",
]


@pytest.mark.parametrize("text", NEVER_BEGAN)
def test_a_meeting_that_ended_before_it_began_did_not_take_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Serbia", "Kosovo") in met_pairs(facts, factual_only=False)  # kept
    assert pair("Serbia", "Kosovo") not in met_pairs(facts)  # but not as a fact


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Serbia and Kosovo collapsed before the vote began.",
        "The talks between Serbia and Kosovo, which collapsed on Monday, had begun in May.",
        "Talks between Serbia and Kosovo began before they ended the dispute.",
    ],
)
def test_a_meeting_that_ended_before_something_else_began_took_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Serbia", "Kosovo") in met_pairs(facts_of(text))


RUMOURED = [
    "The rumoured meeting between Iran and Egypt was never confirmed.",
    "The purported talks between Iran and Egypt worried Israel.",
    "Reports of a meeting between Iran and Egypt surfaced on Monday.",
    "Rumours of talks between Iran and Egypt spread in Cairo.",
    "The alleged talks between Iran and Egypt angered Israel.",
]


@pytest.mark.parametrize("text", RUMOURED)
def test_a_meeting_only_rumoured_or_reported_is_alleged(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Iran", "Egypt") in met_pairs(facts, factual_only=False)
    assert pair("Iran", "Egypt") not in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Egypt held talks in Cairo on Monday, reports said.",
        "Ana Soto met Li Wen in Lima on Monday, weeks after their rumoured meeting was denied.",
        "The talks between Iran and Egypt, reported by state media, ended on Monday.",
    ],
)
def test_a_meeting_a_report_tells_or_that_follows_a_rumour_took_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Iran", "Egypt") in pairs or pair("Ana Soto", "Li Wen") in pairs
