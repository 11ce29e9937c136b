"""People of any calling two nationalities send to a meeting are those countries;
people who go as themselves (tourists, fans, voters) are no side: sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Latvian and Estonian elders met on Tuesday in a village on the border.", ("Latvia", "Estonia")),
        ("Greek and Turkish fishermen met in Ayvalik to settle a quarrel over nets.", ("Greece", "Turkey")),
        ("Norwegian and Swedish shipping bosses met in Oslo last week.", ("Norway", "Sweden")),
        ("Talks between Greek and Turkish commissioners took place in Edirne.", ("Greece", "Turkey")),
        ("A meeting between Czech and Slovak railway managers was held in Brno.", ("Czech Republic", "Slovakia")),
        ("Greek commissioners met their Turkish counterparts in Alexandroupoli.", ("Greece", "Turkey")),
        ("Kiwi and Aussie negotiators held talks in Sydney.", ("New Zealand", "Australia")),
        ("Aussie and Kiwi officials met in Wellington.", ("Australia", "New Zealand")),
        ("The meeting of Serbian and Kosovar mayors ended without a statement.", ("Serbia", "Kosovo")),
    ],
)  # fmt: skip
def test_people_of_two_nationalities_meeting_are_the_countries(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Greek and Turkish tourists met on the beach at Bodrum.",
        "French and German fans met in the square before the match.",
        "Kenyan and Ugandan students met at a science fair in Kampala.",
        "Polish and Lithuanian pilgrims met at the shrine.",
        "Aussie and Kiwi fans met in Sydney.",
        "Greek elders met in the village hall on Tuesday.",  # one nationality: no side
        "Greek and Turkish fishermen said the nets were torn.",  # no meeting
        "The border of Greek and Turkish waters was redrawn.",  # no meeting noun
    ],
)
def test_people_for_no_state_or_one_nationality_or_no_meeting_are_no_sides(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Latvian inspectors were received at the depot by NATO officers on Monday.", ("Latvia", "North Atlantic Treaty Organization")),
        ("Latvian inspectors were received by Estonian officials at the depot on Monday.", ("Latvia", "Estonia")),
        ("Latvian inspectors met Estonian officers at the depot on Monday.", ("Latvia", "Estonia")),
        ("Danish monitors met Dutch officials in Arnhem on Friday.", ("Denmark", "Netherlands")),
    ],
)  # fmt: skip
def test_one_nationalitys_inspectors_meeting_a_named_side(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Latvian inspectors visited the depot on Monday.",
        "Latvian inspectors met at the depot on Monday.",
        "Latvian inspectors will be received by Estonian officials next week.",
        "Latvian inspectors were not received by Estonian officials.",
    ],
)
def test_inspectors_alone_or_not_yet_received_meet_no_one(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
