"""Armed men who go into a country with its own forces do not attack it
(kg.extract.invited_forces): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Uganda sent troops into Congo in a joint operation with the Congolese army.",
            ("Uganda", "Democratic Republic of the Congo"),
        ),
        (
            "Ugandan troops entered Congo alongside Congolese soldiers.",
            ("Uganda", "Democratic Republic of the Congo"),
        ),
        (
            "Chad sent troops into Mali at the invitation of the Malian government.",
            ("Chad", "Mali"),
        ),
        ("Kenya deployed troops into Somalia alongside Somali forces.", ("Kenya", "Somalia")),
    ],
)
def test_going_in_with_the_countrys_own_forces_is_no_attack(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Uganda sent troops into Congo alongside Rwandan forces.",
            ("Uganda", "Democratic Republic of the Congo"),
        ),
        ("Kenya deployed troops into Somalia.", ("Kenya", "Somalia")),
        (
            "Ugandan troops entered Congo in a joint offensive with Rwanda.",
            ("Uganda", "Democratic Republic of the Congo"),
        ),
    ],
)
def test_going_in_with_a_third_side_or_alone_is_force(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
