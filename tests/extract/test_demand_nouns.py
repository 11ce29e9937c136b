"""Demand nouns whose target is the subject of their "that" clause or what they ask for."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare verb of the clause read as a noun ("Bolivia halt" a compound)
        ("Peru's demand that Bolivia halt gas exports angered officials.", ("Peru", "Bolivia")),
        ("Peru repeated its demand that Bolivia halt gas exports.", ("Peru", "Bolivia")),
        # what is asked for names who is to act
        (
            "The Kenyan government renewed its demand for Uganda's withdrawal from the island.",
            ("Kenya", "Uganda"),
        ),
        ("Greece's demand for an apology from Turkey went unanswered.", ("Greece", "Turkey")),
        (
            "Norway's demand for Iceland's resignation from the panel surprised few.",
            ("Norway", "Iceland"),
        ),
    ],
)
def test_demand_noun_targets(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The demand that Peru made was rejected by the board.",  # a relative clause
        "Europe's demand for Russia's gas rose sharply.",  # a market's demand
        "Japan's demand for Chinese steel grew.",
    ],
)
def test_no_demand_made_of_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
