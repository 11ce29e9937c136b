"""Whom a demand asks to be freed is no target of it: sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("Tanzanian police arrested opposition leader Joseph Mwita on Monday. "
         "The Azure Party demanded his release.", "Joseph Mwita"),
        ("Ugandan police arrested the journalist Sara Nakato on Friday. "
         "The United States demanded her immediate release.", "Sara Nakato"),
        ("The European Union demanded that Tanzania release Joseph Mwita.", "Joseph Mwita"),
        ("The Azure Party demanded that Kenya free Amina Odhiambo and Joseph Mwita.",
         "Joseph Mwita"),
    ],
)  # fmt: skip
def test_the_one_to_be_freed_is_no_target(facts_of, text: str, freed: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(b == freed and a not in {"Tanzania", "Uganda"} for a, b in pairs), pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union demanded that Tanzania release Joseph Mwita.",
         ("European Union", "Tanzania")),
        ("The Azure Party demanded that Kenya free Amina Odhiambo and Joseph Mwita.",
         ("Azure Party", "Kenya")),
        ("China demanded Japan's apology for the raid.", ("China", "Japan")),
        ("Kenya demanded the withdrawal of Ugandan troops from the border.", ("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_the_demand_on_the_holder_or_doer_stays(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)
