"""A journey told as done, made to meet someone, tells the meeting; a present or
future one keeps its purpose an aim."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French Foreign Minister Ana Vale travelled to Moscow on Monday to meet Russian "
         "President Boris Kell.", ("Ana Vale", "Boris Kell")),
        ("Mexican President Rosa Cruz flew to Ottawa to hold talks with Canadian Prime "
         "Minister Paul Grant.", ("Paul Grant", "Rosa Cruz")),
        ("Turkish President Emre Kaya travelled to Germany to meet Chancellor Karl Brandt.",
         ("Emre Kaya", "Karl Brandt")),
        ("Chilean President Rosa Diaz travelled to Lima last week to meet Peruvian President "
         "Jorge Salas.", ("Jorge Salas", "Rosa Diaz")),
        ("Italian Foreign Minister Marco Rossi was in Ankara on Monday to meet Turkish "
         "President Emre Kaya.", ("Emre Kaya", "Marco Rossi")),
        ("Ethiopian Prime Minister Abiy Tesfa flew to Nairobi to meet Kenyan President Tom "
         "Mbeki and returned home the same day.", ("Abiy Tesfa", "Tom Mbeki")),
    ],
)  # fmt: skip
def test_a_journey_made_to_meet_someone_tells_the_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnamese leader Nguyen Van An is visiting Paris to meet French President Luc "
         "Moreau.", ("Luc Moreau", "Nguyen Van An")),
        ("Malian President Ali Toure is visiting Senegal to meet President Mamadou Fall "
         "on Friday.", ("Ali Toure", "Mamadou Fall")),
        ("Irish Prime Minister Sean Walsh is visiting Ottawa to hold talks with Canadian "
         "Prime Minister Paul Grant.", ("Paul Grant", "Sean Walsh")),
    ],
)  # fmt: skip
def test_a_present_visit_keeps_its_meeting_an_aim(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(*expected) not in met_pairs(facts)
    assert pair(*expected) in met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British Foreign Secretary Tom Hale is in Washington to meet US Secretary of State "
         "John Bell on Tuesday.", ("John Bell", "Tom Hale")),
        ("Dutch Prime Minister Jan de Vries will travel to Berlin to meet German Chancellor "
         "Karl Brandt.", ("Jan de Vries", "Karl Brandt")),
        ("Israeli Prime Minister Dan Levi flew to Washington to meet US President John Bell, "
         "but the meeting was cancelled.", ("Dan Levi", "John Bell")),
        ("Egyptian President Omar Said did not travel to Khartoum to meet Sudanese leader "
         "Omar Bashar.", ("Omar Bashar", "Omar Said")),
        ("Malaysian Prime Minister Anwar Ali is travelling to Bangkok to meet Thai Prime "
         "Minister Somchai Wong.", ("Anwar Ali", "Somchai Wong")),
        ("Indian Prime Minister Raj Kapoor hopes to travel to Dhaka to meet Bangladeshi "
         "Prime Minister Sheikh Rahman.", ("Raj Kapoor", "Sheikh Rahman")),
    ],
)  # fmt: skip
def test_a_journey_not_told_as_done_meets_no_one(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) not in met_pairs(facts_of(text))


def test_a_journey_to_sign_a_deal_still_signs_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile's president flew to Lima to sign a trade deal with Peru.")
    assert not directed(facts, EventKind.COOPERATION)
