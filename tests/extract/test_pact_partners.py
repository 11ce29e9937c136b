"""The other side of a pact a verb of approval governs (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France hailed the deal with Germany as historic.", ("France", "Germany")),
        ("France hailed its deal with Germany.", ("France", "Germany")),
        ("France hailed the deal with Germany.", ("France", "Germany")),
        ("France applauded the deal with Germany as a fair one.", ("France", "Germany")),
    ],
)
def test_a_pact_with_someone_hailed(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The opposition criticised the deal with Peru.",  # disapproval keeps it
        "Chile hailed the talks with Peru as useful.",  # no pact
        "Chile did not welcome the deal with Peru.",  # negated
    ],
)
def test_no_pact_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Chile", "Peru") not in cooperation_pairs(facts)
    assert not directed(facts, EventKind.CONFLICT)
