"""Standing together by an idiom: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "stander", "partner"),
    [
        ("Britain stood shoulder to shoulder with the United States after the attacks.",
         "United Kingdom", "United States"),
        ("Poland stands shoulder to shoulder with Ukraine, the minister said.", "Poland", "Ukraine"),
        ("Canada has stood side by side with Ukraine since the invasion.", "Canada", "Ukraine"),
        ("Estonia fought side-by-side with Finland in the war.", "Estonia", "Finland"),
        ("France and Germany stood shoulder to shoulder in the crisis.", "France", "Germany"),
    ],
)  # fmt: skip
def test_standing_shoulder_to_shoulder_is_support(
    facts_of, text: str, stander: str, partner: str
) -> None:  # type: ignore[no-untyped-def]
    assert (stander, partner) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Italy did not stand shoulder to shoulder with Spain.",  # denied
        "Japan will stand shoulder to shoulder with South Korea.",  # only promised
        "The two envoys sat side by side at the table.",  # no one named
        "Crowds stood shoulder to shoulder in the square.",  # a crowd, no party
    ],
)
def test_no_support_from_the_idiom_when_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru worked hand in hand.",
        "Police in Chile and Peru are working hand in hand to find the boat.",
        "Chile and Peru acted hand in hand to stop the smugglers.",
    ],
)
def test_hand_in_hand_is_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = {frozenset(p) for p in directed(facts_of(text), EventKind.COOPERATION)}
    assert frozenset({"Chile", "Peru"}) in pairs


def test_hand_in_hand_denied_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(
        facts_of("Chile did not work hand in hand with Peru."), EventKind.COOPERATION
    )
