"""Plural bodies of the state stand for the countries that qualify them
(kg.extract.state_plurals)."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The central banks of Chile and Peru signed a swap accord on Monday.",
        "The central banks of Chile and Peru agreed a currency swap line.",
        "The space agencies of Chile and Peru signed a launch accord.",
        "The Chilean and Peruvian space agencies agreed on Monday to build a satellite.",
        "The Chilean and Peruvian intelligence agencies signed a pact.",
    ],
)
def test_state_bodies_of_two_countries_are_those_countries(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Chile", "Peru"}) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # banks no word makes the state's own, agencies of no state work: some firms
        "The Chilean and Peruvian banks signed a swap accord.",
        "The Chilean and Peruvian aid agencies signed a pact.",
        "The Chilean and Peruvian news agencies signed a pact.",
        # not done
        "The central banks of Chile and Peru refused to sign the accord.",
    ],
)
def test_no_state_bodies_or_no_deal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Chile", "Peru"}) not in cooperation_pairs(facts_of(text))
