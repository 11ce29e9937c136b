"""An object pronoun ("him", "it" after a verb or a preposition) whose sentence
before names two people (kg.language.coref): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "President Jan Novak criticised Ivo Marek on Monday. Paul Brandt defended him.",
        "President Jan Novak attacked Ivo Marek in parliament. Paul Brandt later praised him.",
        "Jan Novak denounced Ivo Marek at the rally. Paul Brandt backed him on Tuesday.",
    ],
)
def test_an_object_pronoun_after_two_people_is_neither(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Jan Novak", "Paul Brandt") not in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marek met Paul Brandt on Monday. He later thanked him for his support.",
        "Ivo Marek phoned Paul Brandt on Monday. He thanked him for the invitation.",
        "Ivo Marek visited Paul Brandt in Graz. He praised him for his courage.",
    ],
)
def test_an_object_pronoun_is_the_one_its_own_subject_is_not(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ivo Marek", "Paul Brandt") in cooperation_pairs(facts_of(text))


def test_an_object_pronoun_agrees_in_gender(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chancellor Otto Brandt condemned Ana Silva on Tuesday. Ken Vale supported him."
    )
    assert pair("Ken Vale", "Otto Brandt") in cooperation_pairs(facts)


def test_an_object_pronoun_after_one_person_is_that_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Ivo Marek arrived in Prague on Monday. President Jan Novak welcomed him at the castle."
    )
    assert pair("Ivo Marek", "Jan Novak") in met_pairs(facts)
