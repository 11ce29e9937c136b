"""A deal "with X granting Y ...": X is the partner. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.deal_terms import repair_deal_terms
from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Halvard Minerals signed an accord on Monday with Labour Minister Ivan Sorel giving dockers a pay rise.", "Halvard Minerals", "Ivan Sorel"),
        ("Norway signed a pact with Chile giving fishermen new quotas.", "Norway", "Chile"),
        ("Chile signed a deal with Veltrona Group giving miners a bonus.", "Chile", "Veltrona Group"),
    ],
)  # fmt: skip
def test_the_subject_of_the_terms_is_the_partner(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not sign a pact with Chile giving fishermen new quotas.",  # negated
        "Norway will sign a pact with Chile giving fishermen new quotas.",  # planned
        "Norway rejected a pact with Chile giving fishermen new quotas.",  # rejected
    ],
)
def test_a_deal_not_made_has_no_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperation_pairs(facts_of(text)) == set()


def test_a_clause_with_no_terms_is_left_as_read(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Norway signed the deal with Chile watching.")
    assert repair_deal_terms(doc) == 0


def test_a_clause_a_comma_sets_off_is_no_deals_terms(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru suspended the deal, with Chile calling the move reckless.")
    assert ("Peru", "Chile") not in directed(facts, EventKind.CONFLICT)
