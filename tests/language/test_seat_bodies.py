"""A body's seat stands for the body ("the Pentagon said": the US Department of
Defense), and a learned body named in a title is the body the holder speaks for
("the Grand Imam of al-Azhar, X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, speakers

DOD = "US Department of Defense"


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said on Monday that it had sent two destroyers to the Gulf.",
        "A Pentagon official said on Monday that the drills had ended.",
        "Pentagon spokeswoman Ruth Calder said on Friday that the drills had ended.",
    ],
)
def test_the_pentagon_speaks_for_the_defence_department(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = speakers(facts_of(text))
    assert DOD in found or "Ruth Calder" in found
    assert "Pentagon" not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pentagon spokeswoman Ruth Calder said on Friday that the drills had ended.",
         "Ruth Calder"),
        ("Pentagon press secretary Dale Morrow said on Monday that the jets had landed.",
         "Dale Morrow"),
        ("Ruth Calder, a Pentagon spokeswoman, said on Friday that the drills had ended.",
         "Ruth Calder"),
    ],
)  # fmt: skip
def test_a_pentagon_post_is_the_defence_departments(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, DOD) in affiliations(facts_of(text))


def test_the_pentagon_accuses(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Pentagon accused Iran on Saturday of supplying drones to the rebels.")
    assert (DOD, "Iran") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Amos Kariuki met Ahmed Nour at the Pentagon on Monday.",  # a place
        "A Pentagon-style building is planned in the capital.",
        "The Pentagon did not say whether the destroyers had been sent.",
    ],
)
def test_the_pentagon_as_a_place_or_silent_says_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert DOD not in speakers(facts)
    assert not [a for a in facts.actors if a.name == "Pentagon"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Grand Imam of al-Azhar, Ahmed Sayed, said on Friday that the attack was a crime.",
         "Ahmed Sayed"),
        ("Ahmed Sayed, the Grand Imam of al-Azhar, said on Friday that the attack was a crime.",
         "Ahmed Sayed"),
        ("The head of al-Azhar, Omar Fathi, said on Monday that the ruling was wrong.",
         "Omar Fathi"),
    ],
)  # fmt: skip
def test_a_title_of_al_azhar_is_the_bodys_post(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, "al-Azhar") in affiliations(facts_of(text))
