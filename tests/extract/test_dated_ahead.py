"""Event nouns dated ahead of the day of writing, or readied "for", are not facts,
whatever the clause around them tells. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a time phrase on the noun
        ("A grain deal is expected during Prime Minister Dan Okoro's visit to Kigali next week.",
         ("Dan Okoro", "Rwanda")),
        ("Vietnam's trade minister outlined the goals of Thai Prime Minister Somchai Wong's "
         "trip to Hanoi next week.", ("Somchai Wong", "Vietnam")),
        ("Sudan's foreign minister, Ali Osman, unveiled a water plan on Monday before next "
         "month's summit with Egyptian President Omar Farid.", ("Ali Osman", "Omar Farid")),
        ("Hotels in Geneva filled up before next Tuesday's talks between the United States "
         "and Iran.", ("United States", "Iran")),
        # a participle of plan with a date beside it
        ("Officials in Lima discussed the agenda for Brazilian President Joana Ramos's visit "
         "to Peru, scheduled for March.", ("Joana Ramos", "Peru")),
        ("Police sealed off the city centre for the visit of French President Luc Morel to "
         "Ghana, due on Thursday.", ("Luc Morel", "Ghana")),
        # readied for the event
        ("Ghana is set for talks with Togo in Lome.", ("Ghana", "Togo")),
        ("The Kenyan president is poised for a meeting with Ugandan President Paul Mbeki.",
         ("Kenya", "Paul Mbeki")),
        ("Peru's president, Luis Castro, is expected in Brasilia on Monday for talks with "
         "Brazilian President Joana Ramos.", ("Luis Castro", "Joana Ramos")),
    ],
)  # fmt: skip
def test_a_meeting_dated_ahead_is_no_fact(facts_of, text: str, who: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(*who) not in met_pairs(facts)
    assert pair(*who) in met_pairs(facts, factual_only=False)  # found, as planned


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("On his visit to Peru on Monday, Brazilian President Joana Ramos met Peruvian "
         "President Luis Castro.", ("Joana Ramos", "Luis Castro")),
        ("During last month's summit in Nairobi, Sudanese President Ali Osman met Egyptian "
         "President Omar Farid.", ("Ali Osman", "Omar Farid")),
        ("Kenya and Rwanda signed a trade deal during Prime Minister Dan Okoro's visit to "
         "Kigali last week.", ("Dan Okoro", "Rwanda")),
        ("Ghana's president arrived in Lome on Monday for talks with Togo.",
         ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_a_meeting_dated_behind_stays(facts_of, text: str, who: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*who) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The summit between Chile and Peru, planned for months, opened on Monday in Lima.",
         ("Chile", "Peru")),
        ("The summit between Ghana and Togo, planned for two years, opened in Accra.",
         ("Ghana", "Togo")),
        ("The talks between Norway and Finland, scheduled for last week, were held in Oslo.",
         ("Norway", "Finland")),
        ("The talks between Chile and Bolivia, set for earlier this month, were held in Lima.",
         ("Chile", "Bolivia")),
    ],
)  # fmt: skip
def test_a_plan_dated_behind_or_a_stretch_of_time_is_no_plan(facts_of, text: str, who: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*who) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The talks between Chile and Bolivia, scheduled for next week, will be held in Lima.",
         ("Chile", "Bolivia")),
        ("Officials met to plan the summit between Ghana and Togo, scheduled for the coming "
         "weeks.", ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_a_plan_dated_ahead_stays_planned(facts_of, text: str, who: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(*who) not in met_pairs(facts)
    assert pair(*who) in met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Russia is gearing up to attack Ukraine.",
        "Russia is bracing to attack Ukraine.",
    ],
)
def test_readying_to_act_is_no_act(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("Russia", "Ukraine") not in directed(facts, EventKind.CONFLICT)
    assert ("Russia", "Ukraine") in directed(facts, EventKind.CONFLICT, factual_only=False)
