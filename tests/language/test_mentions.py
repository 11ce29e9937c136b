"""Mentions found in a story: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a seat of power in a story of a former state is that state's
        ("Soviet leader Oleg Vetrov met Lena Marsh in Vienna. The Kremlin later accused "
         "Norway of bad faith.", "Soviet Union"),
        ("The Soviet Union and Norway signed the pact in 1986. Moscow said it would comply.",
         "Soviet Union"),
        # ... and Russia's in a story that names Russia, or no former state
        ("Russian troops crossed the border, decades after the Soviet collapse. The Kremlin "
         "accused Norway of bad faith.", "Russia"),
        ("The Kremlin accused Norway of bad faith.", "Russia"),
    ],
)  # fmt: skip
def test_a_seat_of_power_stands_for_the_state_of_its_story(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} | set(
        speakers(facts_of(text))
    )
    assert speaker in agents
    assert not agents & ({"Soviet Union", "Russia"} - {speaker})
