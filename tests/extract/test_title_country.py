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
