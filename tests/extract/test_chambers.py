"""A state's chamber signs for its state: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        ("Chile's parliament ratified the fisheries treaty with Peru on Monday.", "Chile", "Peru"),
        ("The Peruvian Senate ratified a border accord with Ecuador.", "Peru", "Ecuador"),
        ("The parliament of Bolivia ratified the gas agreement with Argentina.",
         "Bolivia", "Argentina"),
        ("The Knesset ratified the water agreement with Jordan.", "Israel", "Jordan"),
        ("The treaty with Kazakhstan was ratified by Russia's State Duma.", "Russia", "Kazakhstan"),
        ("Japan's National Assembly, after a long debate, ratified the pact with Vietnam.",
         "Japan", "Vietnam"),
    ],
)  # fmt: skip
def test_a_chamber_ratifies_for_its_state(facts_of, text, state, partner) -> None:  # type: ignore[no-untyped-def]
    assert (state, partner) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        ("Chile's parliament refused to ratify the treaty with Peru.", "Chile", "Peru"),
        ("The Peruvian Senate may ratify the accord with Ecuador in June.", "Peru", "Ecuador"),
        ("The Labour Party backed the treaty with Peru.", "United Kingdom", "Peru"),
        ("The Catalan regional parliament approved a cultural accord with Peru.", "Spain", "Peru"),
    ],
)  # fmt: skip
def test_no_state_signs(facts_of, text, state, partner) -> None:  # type: ignore[no-untyped-def]
    assert (state, partner) not in directed(facts_of(text), EventKind.COOPERATION)
