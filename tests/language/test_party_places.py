"""A place's name before its parties ("the four main Westmark parties"): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale met the leaders of the four main Westmark parties on Tuesday.",
        "Ann Vale met the main Westmark parties on Tuesday.",
        "Ann Vale held talks with the leaders of the main Kelburn parties.",
        "Ann Vale met the leaders of the three main Holbury political parties.",
        "The Westmark parties met Ann Vale.",
        "Ann Vale met leaders of the five Carrick parties.",
    ],
)
def test_an_unknown_name_before_parties_is_no_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)
    assert {a.name for a in facts.actors} <= {"Ann Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale met the leaders of the four main Kenyan parties on Tuesday.",
        "Ann Vale met the leaders of the main Kenya parties on Tuesday.",
        "Ann Vale met the Ghanaian parties on Tuesday.",
    ],
)
def test_a_countrys_parties_are_not_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


def test_a_countrys_parties_oppose_as_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(
        facts_of("The Kenyan parties accused Uganda of meddling."), EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Vale met the leaders of the Labour and Conservative parties.",
         pair("Ann Vale", "Conservative Party")),
        ("Ann Vale met leaders of the Israeli and Palestinian parties.", pair("Ann Vale", "Israel")),
    ],
)  # fmt: skip
def test_names_joined_before_parties_are_the_parties(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Kenya accused Wanjiru Odede's groups of planning attacks.", "Kenya",
         "Wanjiru Odede's groups"),
        ("Uganda blamed Okello Mutebi's parties for the riots.", "Uganda", "Okello Mutebi"),
    ],
)  # fmt: skip
def test_a_name_whose_parties_they_are_is_no_place(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)
