"""Meetings told as protocol: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair

VL = pair("Joren Vasko", "Marta Lindqvist")


@pytest.mark.parametrize(
    "text",
    [
        # a rite two people do together
        "Joren Vasko and Marta Lindqvist reviewed a guard of honour outside the palace.",
        "Joren Vasko inspected the guard of honour with Marta Lindqvist.",
        "Joren Vasko laid a wreath at the memorial alongside Marta Lindqvist.",
        "Joren Vasko and Marta Lindqvist laid a wreath at the war memorial.",
        "Joren Vasko and Marta Lindqvist unveiled a plaque at the embassy.",
        "Joren Vasko and Marta Lindqvist posed for photographs outside the palace.",
        # a site toured together
        "Joren Vasko and Marta Lindqvist toured the car plant on Wednesday.",
        "Joren Vasko toured the car plant with Marta Lindqvist.",
        "Joren Vasko and Marta Lindqvist toured the shipyard in Gdynia.",
        "The guard of honour was reviewed by Joren Vasko and Marta Lindqvist.",
    ],
)
def test_a_rite_done_together_is_a_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {VL}


@pytest.mark.parametrize(
    "text",
    [
        "Speaking alongside Marta Lindqvist at a news conference, Joren Vasko said the deal was fair.",
        "Joren Vasko appeared alongside Marta Lindqvist at the launch in Oslo.",
        "Joren Vasko sat beside Marta Lindqvist at the dinner.",
        "Joren Vasko stood beside Marta Lindqvist at the news conference.",
        "Joren Vasko and Marta Lindqvist appeared together at a news conference.",
        "Joren Vasko, standing next to Marta Lindqvist, said the talks had gone well.",
        "Standing beside Marta Lindqvist, Joren Vasko said the talks had gone well.",
        # flanked by someone
        "Joren Vasko, flanked by Marta Lindqvist, told reporters the deal was done.",
        "Flanked by Marta Lindqvist, Joren Vasko announced the deal.",
        "Joren Vasko was flanked by Marta Lindqvist at the news conference.",
    ],
)
def test_one_beside_another_at_an_occasion_meets_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {VL}


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist was Joren Vasko's guest at the summer residence.",
        "Joren Vasko was the guest of honour at a banquet given by Marta Lindqvist.",
        "Joren Vasko was the guest of honour at a dinner hosted by Marta Lindqvist.",
        "Joren Vasko rolled out the red carpet for President Marta Lindqvist.",
        "Joren Vasko laid out the red carpet for President Marta Lindqvist in Riga.",
        # a guest's stay, among the guests, a host's meal attended
        "Joren Vasko stayed as Marta Lindqvist's guest at her country house.",
        "Joren Vasko arrived in Oslo as the guest of President Marta Lindqvist.",
        "Joren Vasko was among the guests at President Marta Lindqvist's banquet.",
        "Joren Vasko attended a reception given by Marta Lindqvist.",
        "Joren Vasko attended a dinner hosted by Marta Lindqvist at the embassy.",
        # honours accorded in person
        "Joren Vasko was accorded full military honours by Marta Lindqvist.",
        "Marta Lindqvist accorded Joren Vasko full military honours.",
        "Joren Vasko was given full military honours by Marta Lindqvist in Riga.",
    ],
)
def test_a_guest_and_the_host_meet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {VL}


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyel's credentials were presented to President Ilona Sarvik at the palace.",
        "Tomas Reyel's credentials were accepted by President Ilona Sarvik on Monday.",
        "Tomas Reyel's credentials were received by President Ilona Sarvik in the palace.",
    ],
)
def test_an_envoys_credentials_handed_over(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {pair("Tomas Reyel", "Ilona Sarvik")}


@pytest.mark.parametrize(
    "text",
    [
        "Joren Vasko reviewed a guard of honour at the airport.",  # alone
        "Germany and France toured the region.",  # countries, and no site
        "Joren Vasko stood beside Marta Lindqvist over the pension reform.",  # a stance
        "Joren Vasko appeared alongside Marta Lindqvist in a film.",
        "Joren Vasko and Marta Lindqvist appeared together in a film.",
        "Joren Vasko was the guest of honour at the banquet.",  # no host named
        "Joren Vasko laid a wreath at the memorial to Marta Lindqvist.",
        "Joren Vasko toured the plant with its workers.",
        "Marta Lindqvist's credentials were questioned by Joren Vasko.",
        "Joren Vasko rolled out the red carpet for Chinese investors.",
        "Joren Vasko was a guest at the hotel.",
        "Joren Vasko, flanked by bodyguards, told reporters the deal was done.",
        "Standing beside Marta Lindqvist over the reform, Joren Vasko said it was needed.",
        "Joren Vasko stood next to Marta Lindqvist on the issue.",
        "Joren Vasko was buried with full military honours.",
        "Joren Vasko attended a reception given by the embassy.",
        "Joren Vasko attended the banquet on Friday.",
    ],
)
def test_no_partner_at_the_rite_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text), factual_only=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Joren Vasko and Marta Lindqvist will review a guard of honour on Monday.",
        "Joren Vasko and Marta Lindqvist did not tour the plant.",
        "Joren Vasko may appear alongside Marta Lindqvist at the launch.",
        "Joren Vasko is expected to be flanked by Marta Lindqvist at the news conference.",
        "Joren Vasko will attend a reception given by Marta Lindqvist.",
    ],
)
def test_planned_or_negated_rites_are_kept_but_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert met_pairs(facts, factual_only=False) == {VL}
