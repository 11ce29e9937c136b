"""Whose a bare title is: the country in context, not one the holder passes through."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("While in Jerusalem, Secretary of State Ann Colby met Israeli leaders.", "Israel"),
        ("Speaking in Nairobi, Treasury Secretary Ann Colby praised the reforms.", "Kenya"),
        ("During a stop in Cairo, Secretary of State Ann Colby urged restraint.", "Egypt"),
    ],
)
def test_a_capital_a_holder_passes_through_is_not_the_titles(facts_of, text, abroad) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Colby", abroad) not in affiliations(facts_of(text))


def test_a_capital_where_the_holder_acts_is_the_titles(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "In Ankara on Monday, Prime Minister Ali Demir said the talks had failed."
    assert ("Ali Demir", "Turkey") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Spain's Luis Ortiz held talks with President Emre Kaya in Ankara on Thursday.",
        "President Emre Kaya met Spain's Luis Ortiz in Ankara.",
        "Spain's Luis Ortiz and President Emre Kaya signed the accord.",
    ],
)
def test_a_country_that_owns_another_name_is_not_the_titles(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Emre Kaya", "Spain") not in affiliations(facts_of(text))


def test_a_country_owning_the_sentence_subject_still_gives_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Spain's economy grew by 3%, President Luis Ortiz said on Monday."
    assert ("Luis Ortiz", "Spain") in affiliations(facts_of(text))
