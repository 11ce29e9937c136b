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


@pytest.mark.parametrize(
    ("text", "backer", "sides"),
    [
        ("The IMF backed the agreement between Ghana and Togo.",
         "International Monetary Fund", ("Ghana", "Togo")),
        ("The World Bank endorsed the deal between Chile and Peru.", "World Bank", ("Chile", "Peru")),
        ("The accord between Chile and Peru, backed by Brazil, was signed on Monday.",
         "Brazil", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_who_backs_a_pact_between_two_supports_both(
    facts_of, text: str, backer: str, sides
) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert {pair(backer, side) for side in sides} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil criticised the deal between Chile and Peru.",  # disapproval
        "Brazil did not back the deal between Chile and Peru.",  # negated
        "Brazil may back the deal between Chile and Peru.",  # not yet
    ],
)
def test_no_backer_of_a_pact_between_two(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Brazil", "Chile") not in cooperation_pairs(facts)
    assert ("Brazil", "Chile") not in directed(facts, EventKind.CONFLICT)
