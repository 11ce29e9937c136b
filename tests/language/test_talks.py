"""One list of nouns for a meeting of sides and one of the nouns that span one
(kg.language.talks), read by every rule that asks: "their dialogue" after two people
met, a dash between two sides before an "encounter", "a series of talks" or "three
months of negotiations" ended with a pact. Sentences written for these tests; names
invented."""

from __future__ import annotations

import pytest

from kg.language.talks import MEETING_NOUNS, SPAN_NOUNS
from tests.helpers import cooperation_pairs, met_pairs, pair


def test_the_lists() -> None:
    assert {"talks", "dialogue", "consultations", "summit"} <= MEETING_NOUNS
    assert {"days", "round", "series", "months"} <= SPAN_NOUNS
    assert "visit" not in MEETING_NOUNS and "talks" not in SPAN_NOUNS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "their" before any meeting noun is the two just named
        ("Ana Kerr met Boris Lund in Oslo on Monday. Their dialogue ended with a pledge to "
         "cooperate on fisheries.", pair("Ana Kerr", "Boris Lund")),
        # any span of a meeting closed with a pact
        ("Laos wrapped up a series of talks with Cambodia with a pledge to share river data.",
         pair("Laos", "Cambodia")),
        ("Officials from Laos and Cambodia ended three months of negotiations with an "
         "agreement to open a pipeline.", pair("Laos", "Cambodia")),
    ],
)  # fmt: skip
def test_a_meeting_noun_or_span_read_by_every_rule(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperation_pairs(facts_of(text))


def test_two_sides_dashed_before_an_encounter(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Veltron-Sarada encounter in Geneva ended without a deal. Veltron said it would sue Sarada."
    assert pair("Veltron", "Sarada") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # three named: "their" is no pair
        "Ana Kerr met Boris Lund and Carla Diaz in Oslo. Their dialogue ended with a pledge to "
        "cooperate on fisheries.",
        # a span of something else
        "Laos wrapped up a series of matches with Cambodia with a pledge to meet again.",
    ],
)
def test_no_pact_of_a_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {pair("Ana Kerr", "Boris Lund"), pair("Laos", "Cambodia")} & cooperation_pairs(
        facts_of(text)
    )
