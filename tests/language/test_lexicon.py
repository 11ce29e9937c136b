"""Word lists of kg.language.lexicon at work: warships, interceptors and elite troops
act for the country they belong to, in sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Cuban interceptor downed a Peruvian airliner.", ("Cuba", "Peru")),
        ("An Omani frigate fired on a Yemeni tanker.", ("Oman", "Yemen")),
        ("A Chilean destroyer shelled Bolivian positions.", ("Chile", "Bolivia")),
        ("Dutch commandos seized a Venezuelan tanker.", ("Netherlands", "Venezuela")),
        ("Brazilian marines stormed the Paraguayan embassy.", ("Brazil", "Paraguay")),
        ("Kenyan paratroopers attacked Somalia.", ("Kenya", "Somalia")),
    ],
)
def test_warships_and_elite_troops_act_for_their_country(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "A Cuban destroyer docked in Lima.",
        "An Omani frigate escorted Yemeni tankers.",
        "The Chilean cruiser did not fire on Bolivian positions.",
    ],
)
def test_warships_doing_no_harm_yield_no_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
