"""The sides of a meeting noun told by a listed group or a possessive
(kg.extract.meeting_sides), in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru played down their meeting in Lima.", pair("Chile", "Peru")),
        ("Peru's president defended his meeting with Bolivian officials.", pair("Peru", "Bolivia")),
    ],
)
def test_the_owners_of_a_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_one_party_and_a_listed_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Talks were held between Chile and the Andean states - Peru, Bolivia and Ecuador."
    found = met_pairs(facts_of(text))
    assert {pair("Chile", "Peru"), pair("Chile", "Bolivia")} <= found
    assert pair("Peru", "Bolivia") not in found
