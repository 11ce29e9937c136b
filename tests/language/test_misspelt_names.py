"""A surname the story spells two ways: names written for these tests."""

from __future__ import annotations

import pytest

from kg.language.misspelt_names import misspelt_surname, one_slip
from tests.helpers import speakers


def test_one_slip_is_one_edit_with_the_same_first_letter() -> None:
    assert one_slip("Kellend", "Kelland")  # a letter changed
    assert one_slip("Zelensko", "Zelenko")  # a letter added
    assert one_slip("Ostrander", "Ostrnader")  # two letters swapped
    assert not one_slip("Hansen", "Jansen")  # another first letter: another name
    assert not one_slip("Vail", "Vale")  # too short to tell a slip from a name
    assert not one_slip("Kellerman", "Kelland")


def test_a_slip_must_fit_one_surname_only() -> None:
    assert misspelt_surname("Kellend", ["Kelland", "Strunz"]) == "Kelland"
    assert misspelt_surname("Marden", ["Marten", "Madden"]) is None  # two fit
    assert misspelt_surname("Kelland", ["Kelland"]) is None  # the name itself
    assert misspelt_surname("William", ["Williams"]) is None  # a given name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tobias Kelland met Helga Strunz. Kellend said the talks were useful.", "Tobias Kelland"),
        ("Anton Zelenko met Karl Brundell. Zelensko said the meeting was productive.",
         "Anton Zelenko"),
        ("Tobias Kelland met Helga Strunz. Kellend told Strunz the talks were useful.",
         "Tobias Kelland"),
        ("Marta Ziolkowska met Ivo Brandt in Warsaw. Ziolkowski told reporters the visit went "
         "well.", "Marta Ziolkowska"),
    ],
)  # fmt: skip
def test_a_surname_spelt_two_ways_is_one_speaker(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another first letter: another person; a given name is no slip of a surname
        ("Tom Edwards met Ann Lee. Edward said the visit went well.", "Edward"),
        ("Maria Hansen met Oskar Jansen. Jansen said the deal was close.", "Oskar Jansen"),
        # the one the speech verb governs speaks, not the other of the sentence
        ("Helga Strunz said Kellend had been helpful, after Tobias Kelland met her.",
         "Helga Strunz"),
    ],
)  # fmt: skip
def test_no_slip_draws_in_another_person(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}
