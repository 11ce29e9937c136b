"""A full name followed by the body it works for, with no title (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sunita Rao, from Human Rights Watch, said the detainees had been tortured.",
            ("Sunita Rao", "Human Rights Watch"),
        ),
        (
            "Ahmed Sultani, from Save the Children, said many children were hungry.",
            ("Ahmed Sultani", "Save the Children"),
        ),
        (
            "Bram Keller, from the European Commission, told reporters the deal was off.",
            ("Bram Keller", "European Commission"),
        ),
        (
            "Nadia Okafor, from the charity Oxfam, said food was running out.",
            ("Nadia Okafor", "Oxfam"),
        ),
    ],
)
def test_a_name_from_a_body_in_commas_works_for_it(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "X, from the Red Cross, said": X's tie to the body."""
    assert expected in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sunita Rao, from Britain, said the detainees had been tortured.",  # where she is from
        "Sunita Rao, back from the European Commission, said the deal was off.",
        "The award went to Ivo Marsh from Harbour Lights, a comedy.",  # no commas
        "A letter from Human Rights Watch said the detainees had been tortured.",
    ],
)
def test_from_names_no_employer_otherwise(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Sols, of the World Bank, said growth would slow.", ("Marta Sols", "World Bank")),
        ("Idris Kone, of Amnesty International, said the trial was unfair.",
         ("Idris Kone", "Amnesty International")),
        ("Idris Kone from Amnesty International said the trial was unfair.",
         ("Idris Kone", "Amnesty International")),
        ("Ana Pereira from the World Health Organization warned of a second wave.",
         ("Ana Pereira", "World Health Organization")),
        ("Ana Pereira at the Institute for Fiscal Studies said taxes would rise.",
         ("Ana Pereira", "Institute for Fiscal Studies")),
        ("Lars Holm at the International Monetary Fund said the forecast was cut.",
         ("Lars Holm", "International Monetary Fund")),
    ],
)  # fmt: skip
def test_a_subjects_employer_after_from_or_at(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """ "X, of the World Bank, said", "X from Amnesty said", "X at the IFS said"."""
    assert expected in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister met Ana Pereira at the World Bank on Monday.",  # where they met
        "Ana Pereira from Lima said the vote was fair.",  # where she is from
        "Ana Pereira, of Peru, said the vote was fair.",
        "The prize went to Ana Pereira from the World Bank team.",  # not the subject
        "Ana Pereira arrived at the World Bank on Monday.",  # "at" belongs to the verb
    ],
)
def test_no_employer_from_where_or_an_object(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))
