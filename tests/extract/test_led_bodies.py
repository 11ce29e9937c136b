"""Joining a body another leads: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "joiner", "leader"),
    [
        ("Morocco has joined a Saudi-led military alliance.", "Morocco", "Saudi Arabia"),
        ("Denmark joined the US-led coalition against the rebels.", "Denmark", "United States"),
        ("The Kenyan-led force was joined by Uganda.", "Uganda", "Kenya"),
        ("Jordan, a member of the American-led coalition, flew air strikes.", "Jordan", "United States"),
        ("Italy became part of the NATO-led force in Kosovo.", "Italy", "North Atlantic Treaty Organization"),
        ("Chad sent troops to Mali as part of the French-led mission.", "Chad", "France"),
    ],
)  # fmt: skip
def test_who_joins_an_x_led_body_works_with_x(
    facts_of, text: str, joiner: str, leader: str
) -> None:  # type: ignore[no-untyped-def]
    cooperated = directed(facts_of(text), EventKind.COOPERATION)
    assert (joiner, leader) in cooperated and (leader, joiner) in cooperated


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan declined to join the Saudi-led coalition.",  # refused
        "Egypt may join the Saudi-led alliance.",  # only possible
        "Denmark joined an army-led force.",  # no named leader
        "Chile was attacked as part of the US-led campaign.",  # done to it
        "Norway criticised the US-led coalition.",  # no joining
    ],
)
def test_no_cooperation_without_asserted_joining(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
