"""How far a negation reaches: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "Anna Roset has not met Pavel Linde since 2019 but has spoken to Marek Oduya.",
        "Anna Roset did not attend the summit but has met Marek Oduya twice since.",
        "Anna Roset will not travel to Zarnia but has already met Marek Oduya.",
    ],
)
def test_a_clause_with_its_own_tense_or_time_is_not_negated(facts_of, text: str) -> None:
    assert pair("Anna Roset", "Marek Oduya") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Anna Roset did not meet Pavel Linde until Monday.",
        "Anna Roset did not meet Pavel Linde until the war ended.",
        "Anna Roset did not simply meet Pavel Linde, she signed a deal with him.",
    ],
)
def test_a_negation_that_moves_or_widens_the_meeting(facts_of, text: str) -> None:
    assert pair("Anna Roset", "Pavel Linde") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Anna Roset did not meet Pavel Linde, nor has she spoken to Marek Oduya.",
        "Anna Roset did not meet Pavel Linde or speak to Marek Oduya.",
        "Anna Roset has not met Marek Oduya until now.",
        "Anna Roset refused to meet Marek Oduya until Zarnia withdrew its troops.",
        "Anna Roset never met Marek Oduya.",
    ],
)
def test_a_negation_that_still_denies(facts_of, text: str) -> None:
    assert pair("Anna Roset", "Marek Oduya") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zarnia did not hesitate to criticise Velia.",
        "Zarnia never stopped criticising Velia.",
        "Zarnia did not fail to condemn Velia.",
        "Zarnia did not just criticise Velia; it recalled its envoy.",
    ],
)
def test_two_negations_tell_the_act(facts_of, text: str) -> None:
    assert ("Zarnia", "Velia") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Zarnia failed to condemn Velia.",
        "Zarnia did not criticise Velia.",
        "Zarnia refrained from criticising Velia.",
    ],
)
def test_one_negation_denies_the_act(facts_of, text: str) -> None:
    assert ("Zarnia", "Velia") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile stopped selling arms to Peru.",
        "Chile stopped funding the rebels.",
        "Chile stopped supporting Peru.",
        "Chile ceased supplying weapons to Peru.",
    ],
)
def test_an_act_that_stopped_is_not_told_as_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


def test_an_act_that_never_stopped_is_done(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("Chile never stopped supporting Peru."), EventKind.COOPERATION)
    assert ("Chile", "Peru") in pairs


def test_force_that_stopped_was_still_used(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("Chile stopped shelling Peru on Monday."), EventKind.CONFLICT)
    assert ("Chile", "Peru") in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali's proposal, which was rejected by Chad on Monday, will be revised.",
            ("Chad", "Mali"),
        ),
        ("Chad's plan, which was criticised by Niger in May, will be revised.", ("Niger", "Chad")),
        ("Peru's bid, which was blocked by Chile in May, will be reviewed.", ("Chile", "Peru")),
    ],
)
def test_a_past_passive_relative_clause_is_a_fact(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_future_passive_relative_clause_is_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Mali's plan, which will be rejected by Chad, was published."
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
