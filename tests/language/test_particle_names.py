"""Names whose particle the parser reads as a verb: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Dutch Prime Minister Frans Kessel met Belgian Foreign Minister Luc Van den "
            "Broeck in Brussels on Tuesday.",
            pair("Frans Kessel", "Luc Van den Broeck"),
        ),
        (
            "Britain's envoy Tom Hale met Brazilian minister Pedro dos Santos in Brasilia.",
            pair("Tom Hale", "Pedro dos Santos"),
        ),
        (
            "Canadian envoy Paul Reid visited Portuguese minister Rui dos Reis in Lisbon.",
            pair("Paul Reid", "Rui dos Reis"),
        ),
        (
            "Tom Hale phoned Dutch minister Joost van den Berg on Monday.",
            pair("Tom Hale", "Joost van den Berg"),
        ),
    ],
)
def test_a_name_with_a_particle_is_one_party(facts_of, text: str, met: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {met}


@pytest.mark.parametrize(
    "text",
    [
        "The Portuguese minister Rui dos Reis will meet Ana Ruiz next week.",  # planned
        "Ana Ruiz did not meet Belgian minister Luc Van den Broeck.",  # negated
        "Belgian minister Luc Van den Broeck condemned Iran's nuclear programme.",  # no meeting
    ],
)
def test_no_meeting_is_made_of_a_repaired_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
