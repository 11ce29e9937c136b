"""What a passive participle says was given goes where it arrives: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vaccines donated by Canada reached Ghana on Friday.", ("Canada", "Ghana")),
        ("Medicines donated by Cuba arrived in Venezuela on Monday.", ("Cuba", "Venezuela")),
        ("Tents supplied by Turkey arrived in Syria on Sunday.", ("Turkey", "Syria")),
        ("Blankets provided by Japan were distributed in Nepal.", ("Japan", "Nepal")),
        ("Food donated by Spain reached Peru on Monday.", ("Spain", "Peru")),
    ],
)  # fmt: skip
def test_given_things_arrive_at_the_receiver(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Vaccines donated by Canada never reached Ghana.",  # negated arrival
        "Tents supplied by Canada may arrive in Ghana next week.",  # a possible arrival
        "Cars made by Canada arrived in Ghana on Friday.",  # made, not given
    ],
)
def test_no_aid_where_nothing_given_arrived(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Canada", "Ghana") not in directed(facts_of(text), EventKind.COOPERATION)
