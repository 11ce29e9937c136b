"""Signs of an event, and the odds of one, are not the event: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, cooperation_pairs, directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "There was no sign of a truce between Chile and Peru on Monday.",
        "Diplomats saw signs of an accord between Chile and Peru.",
        "There were hints of a deal between Chile and Peru.",
        "There was no indication of an agreement between Chile and Peru.",
        "The odds of a deal between Chile and Peru are slim.",
        "Aides said the odds of an accord between Chile and Peru had lengthened.",
    ],
)
def test_signs_and_odds_of_an_agreement_are_not_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Chile", "Peru") not in cooperation_pairs(facts)
    assert any(e.kind is EventKind.COOPERATION for e in facts.events), (
        "the event is kept, as a non-fact"
    )


@pytest.mark.parametrize(
    "text",
    [
        "There was no sign of talks between Chile and Peru.",
        "The odds of a meeting between Chile and Peru are long.",
    ],
)
def test_signs_and_odds_of_a_meeting_are_not_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a trade deal on Monday, a sign of warming ties.",
        "Chile and Peru signed a trade deal, the first sign that they have made peace.",
        "In a sign of goodwill, Chile and Peru signed a trade deal on Monday.",
    ],
)
def test_a_deal_that_is_itself_a_sign_stays(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") in cooperation_pairs(facts_of(text))


def test_a_sign_that_they_made_peace_says_they_did(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The visit was the first sign that Chile and Peru had buried the hatchet.")
    assert pair("Chile", "Peru") in cooperation_pairs(facts)


def test_at_odds_with_someone_is_no_chance(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "His stance is at odds with the leaders of Chile, who have pledged support for Peru."
    )
    assert pair("Chile", "Peru") in cooperation_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Chile and Peru failed to take place.",
        "The meeting between Chile and Peru failed to happen.",
        "The summit between Chile and Peru failed to get off the ground.",
    ],
)
def test_a_meeting_that_failed_to_take_place_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "A deal between Chile and Peru failed to materialise.",
        "The trade pact between Chile and Peru failed to materialize in the end.",
        "An accord between Chile and Peru failed to go ahead.",
    ],
)
def test_a_deal_that_failed_to_materialise_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") not in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The talks between Chile and Peru failed.", "met"),
        ("The talks between Chile and Peru failed to produce a deal.", "met"),
        ("A ceasefire between Chile and Peru failed to hold.", "cooperated"),
    ],
)
def test_what_failed_afterwards_took_place(facts_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    got = met_pairs(facts) if kind == "met" else cooperation_pairs(facts)
    assert pair("Chile", "Peru") in got


def test_a_suspension_on_loans_is_aid_stopped_and_a_reduction(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "a suspension on loans": stopped (kg.extract.unrealised) and a reduction
    (kg.extract.reductions), by the same nouns that take "on"."""
    text = "Norway announced a suspension on loans to Ghana."
    assert ("Norway", "Ghana", "162") in coded(facts_of, text)
    assert not directed(facts_of(text), EventKind.COOPERATION)
