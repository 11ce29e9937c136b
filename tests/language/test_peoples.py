"""Peoples within a country named by two countries' words: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chilean troops shelled Peru Bolivian villages on Monday.", ("Chile", "Bolivia")),
        ("Peru Bolivian villages were shelled by Chilean troops.", ("Chile", "Bolivia")),
        ("Chile condemned Peru Bolivian leaders.", ("Chile", "Bolivia")),
        ("Greek Cypriot police arrested two Turkish Cypriots at the border.", ("Greece", "Turkey")),
        ("The Turkish Cypriot leader criticised NATO.", ("Turkey", "NATO")),
    ],
)
def test_a_people_within_a_country_is_no_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    names = {"NATO": "North Atlantic Treaty Organization"}
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert (pair[0], names.get(pair[1], pair[1])) not in found


def test_a_peoples_leaders_meet_for_no_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Turkish Cypriot leader met his Greek Cypriot counterpart on Monday.")
    assert not met_pairs(facts)


def test_a_peoples_leader_holds_no_post_of_a_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru Bolivian leader Tomas Quispe said he was ready for talks.")
    assert not any(c == "Bolivia" for _, c in affiliations(facts))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chilean-Peruvian forces attacked Bolivia on Monday.", ("Chile", "Bolivia")),  # two states
        ("Chilean troops shelled Bolivian positions.", ("Chile", "Bolivia")),
        (
            "South Korean troops fired on a North Korean patrol boat.",
            ("South Korea", "North Korea"),
        ),
    ],
)
def test_one_country_or_two_joined_stay_parties(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
