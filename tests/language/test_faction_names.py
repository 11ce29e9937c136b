"""Factions' names the model misread, read as bodies' (kg.language.faction_names): sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Ana Ruiz said figures from her Green Dawn faction had blocked the bill.",
         "Green Dawn", True),
        ("Three allies from her G12 political faction were detained on Sunday.", "G12", True),
        ("Rebels of the M23 movement took the town.", "M23", True),
        # a place the gazetteer knows stays one; "A" opening a sentence names nothing
        ("Ana Ruiz said the Gaza faction had blocked the bill.", "Gaza", False),
        ("Ana Ruiz spoke. A party spokesman said she was right.", "A", False),
    ],
)  # fmt: skip
def test_the_name_before_a_faction_word_is_a_body(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, found: bool
) -> None:
    assert any(e.text == name and e.label_ == "ORG" for e in nlp(text).ents) is found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Piet Vandam, who leads the Flemish Bloc, called for early elections.",
            ("Piet Vandam", "Flemish Bloc"),
        ),
        (
            "Piet Vandam, leader of the Flemish Bloc, called for early elections.",
            ("Piet Vandam", "Flemish Bloc"),
        ),
        (
            "The Scottish Green Party's spokeswoman, Mairi Dunn, said the ban was right.",
            ("Mairi Dunn", "Scottish Green Party"),
        ),
    ],
)
def test_a_name_ending_in_a_word_for_a_body_is_a_body(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    """ "the Flemish Bloc", which the model took for a place: a body's name."""
    assert tie in affiliations(facts_of(text))


def test_a_front_a_place_the_gazetteer_knows_stays_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Soldiers of Britain died on the Western Front.")
    assert "Western Front" not in {a.name for a in facts.actors}
