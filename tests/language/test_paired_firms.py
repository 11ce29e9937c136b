"""Two firms joined by a dash or a slash before a merger, an alliance or a joint
venture are two firms that cooperate; a firm joined to a place is not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Regulators approved the Velcorp-Nortane merger on Tuesday.", "Velcorp", "Nortane"),
        ("The Astrion/Belvane alliance was formed in 2019.", "Astrion", "Belvane"),
        ("Regulators approved the Astrion/Belvane merger on Friday.", "Astrion", "Belvane"),
        ("The Velcorp-Nortane joint venture will build ships in Busan.", "Velcorp", "Nortane"),
        ("The Velcorp-Nortane partnership was signed on Monday.", "Velcorp", "Nortane"),
    ],
)
def test_two_firms_joined_before_a_tie_cooperate(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Velcorp-Paris flights will resume next month, the company said.",
        "The London-Paris route reopened on Monday.",
        "A Pentagon-style building is planned in the capital.",
        "Regulators blocked the Velcorp-Nortane merger on Friday.",  # it did not happen
        "The Velcorp - Nortane said the plan was dead.",  # a spaced dash joins no pair
    ],
)
def test_no_pair_of_firms_without_two_firms_and_a_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {p for p in cooperation_pairs(facts) if "Paris" in p or "Nortane" in p}
    assert not [a for a in facts.actors if a.key.startswith("org/") and "-" in a.name]


def test_a_merger_of_two_firms_named_by_and(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Velcorp and Nortane announced a merger on Tuesday.")
    assert pair("Velcorp", "Nortane") in cooperation_pairs(facts)
    facts = facts_of("Velcorp announced a merger with Nortane on Tuesday.")
    assert pair("Velcorp", "Nortane") in cooperation_pairs(facts)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Zarvex and Tolmar Steel formed a joint venture, which will assemble trucks in Riga.", "Zarvex", "Tolmar Steel"),
        ("Orvex formed a joint venture with Nabira Group that will make batteries.", "Orvex", "Nabira Group"),
        ("Quorlan formed a joint venture with Tolmar Steel last year.", "Quorlan", "Tolmar Steel"),
    ],
)  # fmt: skip
def test_an_untagged_firm_forming_a_joint_venture_cooperates(
    facts_of, text: str, a: str, b: str
) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zarvex and Tolmar Steel plan to form a joint venture.",  # planned
        "Zarvex and Tolmar Steel did not form a joint venture.",  # negated
    ],
)
def test_a_joint_venture_not_formed_is_no_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperation_pairs(facts_of(text)) == set()
