"""Nouns of a verb and its particle the parser splits ("confirmed the shooting down of
X", "protested against the shooting down of X by Y"): sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials confirmed the shooting down of Kenya's helicopter by Somalia.",
            ("Somalia", "Kenya"),
        ),
        ("Officials confirmed Turkey's shooting down of a Russian jet.", ("Turkey", "Russia")),
        (
            "Greece protested against the shooting down of a Greek drone by Turkey.",
            ("Turkey", "Greece"),
        ),
    ],
)
def test_the_object_of_a_noun_with_a_particle(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Police said he was shooting down the street in Kenya.",
        "Somalia denied the shooting down of a Kenyan helicopter.",
        "Greece protested against the shooting down of the old drone.",
    ],
)
def test_no_shooting_down_by_no_one_nor_denied(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
