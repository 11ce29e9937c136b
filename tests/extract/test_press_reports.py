"""A demonym before a noun of the press names the press's nationality, not the
state: rejecting "an Argentine newspaper report" is no stand against Argentina
(kg.extract.directed.targets_of): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Britain denied an Argentine newspaper report that it had sent a submarine.", "Argentina"),
        ("Britain rejected a Spanish newspaper report about the base.", "Spain"),
        ("Chile rejected Argentine media reports that it had moved troops to the border.", "Argentina"),
        ("Kenya dismissed a Ugandan radio report about the border clashes.", "Uganda"),
    ],
)
def test_the_press_of_a_country_is_not_the_country(facts_of, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert all(t != state for _, t in directed(facts_of(text), EventKind.CONFLICT))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Britain rejected Spain's claims about the base.", ("United Kingdom", "Spain")),
        ("Kenya condemned a Ugandan government report on the border clashes.", ("Kenya", "Uganda")),
        ("Britain rejected a Spanish government proposal on the base.", ("United Kingdom", "Spain")),
        # what is done to the press, not printed by it
        ("The EU condemned the Russian media crackdown on Monday.", ("European Union", "Russia")),
        ("Britain criticised the Chinese press restrictions in Hong Kong.", ("United Kingdom", "China")),
    ],
)
def test_a_states_own_report_is_still_its_own(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
