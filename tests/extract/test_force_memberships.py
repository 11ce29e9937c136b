"""A named armed group of a country is no member of its state, a state's own named
force is; a body named with its country's demonym in one name is the country's:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, memberships


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        ("Myanmar's Arakan Army attacked the junta's forces on Monday.", "Arakan Army", "Myanmar"),
        ("Ethiopia's Ogaden Liberation Army attacked Kenya.", "Ogaden Liberation Army", "Ethiopia"),
        ("Chad's Free Sahel Army accused Niger of shelling its camps.", "Free Sahel Army", "Chad"),
    ],
)
def test_an_armed_group_is_no_member_of_the_state(  # type: ignore[no-untyped-def]
    facts_of, text: str, group: str, country: str
) -> None:
    facts = facts_of(text)
    assert not any(c == country and group in g for g, c in memberships(facts))
    assert not any(agent == country for agent, _ in directed(facts, EventKind.CONFLICT))


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian National Army clashed with Kurdish fighters in the north.",
        "The Syrian National Army attacked Kurdish forces on Monday.",
    ],
)
def test_a_listed_rebel_army_is_not_its_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert "Syria" not in {a.name for a in facts.actors}


def test_a_states_listed_force_is_its_member(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Ugandan People's Defence Force attacked Congo on Monday.")
    assert ("Uganda People's Defence Force", "Uganda") in memberships(facts)
    assert "Defence Force" not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "The Kazakh foreign ministry protested to Russia on Tuesday.",
            "Kazakh foreign ministry",
            "Kazakhstan",
        ),
        (
            "The Kazakh Foreign Ministry protested to Russia on Tuesday.",
            "Kazakh Foreign Ministry",
            "Kazakhstan",
        ),
    ],
)
def test_a_demonym_body_in_one_name_is_the_countrys(  # type: ignore[no-untyped-def]
    facts_of, text: str, body: str, country: str
) -> None:
    assert (body, country) in memberships(facts_of(text))


def test_a_spokeswoman_of_such_a_body_speaks_for_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Ana Ruiz, a spokeswoman for the Kazakh foreign ministry, said on Tuesday that talks failed."
    )
    assert ("Ana Ruiz", "Kazakhstan") in affiliations(facts)


def test_a_court_of_many_stays_unowned(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of("A Dutch court ruled against the oil firm on Monday."))
