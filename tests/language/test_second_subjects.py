"""A name after a title and a comma, read as a second subject: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.language.second_subjects import repair_second_subjects
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Security Council voted to condemn the invasion, a rebuke to Iraq, whose"
            " delegate, Mr. Haddo, called the vote a betrayal.",
            ("Haddo", "Iraq"),
        ),
        (
            "The Security Council voted to condemn the invasion, a rebuke to Iraq, whose"
            " delegate, Mr. Haddani, called the vote a betrayal.",
            ("Haddani", "Iraq"),
        ),
        (
            "The Assembly voted to demand the withdrawal of foreign troops, a rebuke to the"
            " Soviet Union, whose delegate, Mr. Petrovsky, called the resolution interference.",
            ("Petrovsky", "Soviet Union"),
        ),
    ],
)
def test_whose_post_names_its_holder(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in affiliations(facts_of(text))


def test_two_names_as_subjects_are_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ann Vale, Ivo Marsh, and Tom Reyes said the plan was sound.")
    assert repair_second_subjects(doc) == 0


def test_a_title_with_no_name_after_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The spokesman, visibly angry, said the plan was unsound.")
    assert repair_second_subjects(doc) == 0
