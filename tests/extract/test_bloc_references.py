"""Memberships told by a reference back to countries named before ("the three NATO
members"): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import memberships, speakers

NATO = "North Atlantic Treaty Organization"
EU = "European Union"
ASEAN = "Association of Southeast Asian Nations"
OPEC = "Organization of the Petroleum Exporting Countries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia, Latvia and Lithuania protested on Monday. The three NATO members said the "
         "flights were a provocation.", {("Estonia", NATO), ("Latvia", NATO), ("Lithuania", NATO)}),
        ("Poland and Hungary vetoed the budget. The two EU members said the clause was unfair.",
         {("Poland", EU), ("Hungary", EU)}),
        ("Thailand and Vietnam criticised China. Both ASEAN members said the dam had cut the "
         "river's flow.", {("Thailand", ASEAN), ("Vietnam", ASEAN)}),
        ("Iraq, Kuwait, Venezuela and Nigeria refused to cut output. The four OPEC producers "
         "accused Saudi Arabia of flooding the market.",
         {("Iraq", OPEC), ("Kuwait", OPEC), ("Venezuela", OPEC), ("Nigeria", OPEC)}),
    ],
)  # fmt: skip
def test_countries_referred_to_by_a_bloc_group_are_members(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Estonia protested on Monday. The three NATO members said the flights were a provocation.",
        "Saudi Arabia, Kuwait, Bahrain, Qatar, Oman and the United Arab Emirates met in Riyadh. "
        "The six Gulf monarchies condemned Iran.",  # a region, no body
        "Spain and Italy rejected the plan. The two former EU states said it was wrong.",
        "Serbia and Albania rejected the plan. The two would-be EU members said it was wrong.",
    ],
)  # fmt: skip
def test_no_membership_without_the_right_set_or_a_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Japan and Australia joined the naval drills on Friday. The two NATO partners said "
         "the exercise was a success.", {"Japan", "Australia"}),
        ("Moldova and Georgia closed their airspace. Both EU neighbours said the flights had "
         "to stop.", {"Moldova", "Georgia"}),
        ("Mexico and Chile signed the accord. The two EU partners said trade would grow.",
         {"Mexico", "Chile"}),
    ],
)  # fmt: skip
def test_partners_of_a_bloc_are_no_members(facts_of, text, named) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert named <= speakers(facts)  # the reference back still finds who spoke
    assert not memberships(facts)
