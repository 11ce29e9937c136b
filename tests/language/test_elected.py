"""Who "the president-elect" is: the one person the story says won an election or
was elected, when no one is given that title: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # won the election; praised in the next sentence
        ("Opposition leader Tomas Wendel won Sunday's presidential election in Chile. Argentine "
         "President Lucia Farre congratulated the president-elect in a phone call on Monday.",
         ("Lucia Farre", "Tomas Wendel")),
        # was elected (passive), a "-elect" title the tokenizer splits at its hyphen
        ("Senator Raul Ibarra was elected prime minister of Peru on Friday. Bolivian President "
         "Elena Quispe praised the prime minister-elect on Saturday.",
         ("Elena Quispe", "Raul Ibarra")),
        # won the runoff, in a relative clause
        ("Marta Ilves, who won the runoff in Estonia on Sunday, thanked her voters. Finnish "
         "Prime Minister Eero Salo congratulated the president-elect.",
         ("Eero Salo", "Marta Ilves")),
    ],
)  # fmt: skip
def test_the_elect_is_who_won_the_election(facts_of, text: str, found: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.COOPERATION)


def test_a_call_to_the_elect_is_a_contact_with_the_winner(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Opposition leader Tomas Wendel won Sunday's election in Chile. Argentine President "
        "Lucia Farre met the president-elect in Santiago on Monday."
    )
    assert pair("Lucia Farre", "Tomas Wendel") in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        # two winners named: nobody can tell
        "Tomas Wendel won the presidential election in Chile. Ana Ruiz won the mayoral "
        "election in Santiago. Argentine President Lucia Farre congratulated the president-elect.",
        # a win only hoped for, or denied
        "Tomas Wendel hopes to win the election in Chile. Argentine President Lucia Farre "
        "congratulated the president-elect.",
        "Tomas Wendel did not win the election in Chile. Argentine President Lucia Farre "
        "congratulated the president-elect.",
        # no election at all: the description names no one
        "Tomas Wendel spoke in Santiago. Argentine President Lucia Farre congratulated the "
        "president-elect.",
    ],
)
def test_no_single_winner_no_elect(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
