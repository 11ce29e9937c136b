"""Events told only as a condition are no facts: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "Goods enter duty free, provided that half their parts are the product of "
        "Chilean-Peruvian cooperation.",
        "The fund pays out providing that the money is the fruit of Chile-Peru cooperation.",
        "Loans will flow, provided that the plant is the result of Chilean-Peruvian cooperation.",
    ],
)
def test_cooperation_named_in_a_proviso_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Chile", "Peru") not in cooperation_pairs(facts)
    assert pair("Chile", "Peru") in cooperation_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Goods enter duty free provided that Chile met Peru.",
        "Goods enter duty free, providing that Chile meets Peru.",
    ],
)
def test_a_meeting_in_a_proviso_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in met_pairs(facts_of(text))


def test_a_clause_after_said_that_is_no_proviso(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Officials said that Chile met Peru on Monday.")
    assert pair("Chile", "Peru") in met_pairs(facts)
    assert EventKind.MEETING in {e.kind for e in facts.events}
