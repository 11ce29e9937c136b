"""Nouns of a body that also name a tie between parties: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The US-Japan alliance was signed in the 1950s.", ("United States", "Japan")),
        ("The Chile-Peru alliance held firm last year.", ("Chile", "Peru")),
        ("Officials praised the France-Germany alliance on Monday.", ("France", "Germany")),
        ("The India-Russia coalition won the vote in the assembly.", ("India", "Russia")),
    ],
)
def test_a_tie_between_two_hyphenated_names_names_both(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Franco-German alliance has driven the bloc for decades.", ("France", "Germany")),
        ("The French-German alliance held firm on Monday.", ("France", "Germany")),
        ("The Sino-Russian partnership deepened last year.", ("China", "Russia")),
        ("The Anglo-Irish agreement was signed in 1985.", ("United Kingdom", "Ireland")),
        ("The Anglo-French entente was signed in 1904.", ("United Kingdom", "France")),
    ],
)
def test_a_tie_between_two_country_adjectives_names_both(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Alliance won 20 seats in Lima.",  # a party named so
        "Peru criticised the Atlantic alliance.",  # a body
    ],
)
def test_a_body_called_an_alliance_stays_no_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {p for p in cooperation_pairs(facts) if len(p) == 2}
