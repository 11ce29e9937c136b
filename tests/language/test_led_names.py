"""A person's name glued to "-led", and a faction's name the model leaves untagged:
sentences written for these tests."""

from __future__ import annotations

import pytest


def _names(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.text for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Petra Lindqvist-led government of Sweden survived a vote.", "Petra Lindqvist"),
        ("Opponents of the Samuel Otieno-led government of Kenya marched.", "Samuel Otieno"),
        ("Chile's Tomas Reyes-led government expelled the envoy.", "Tomas Reyes"),
        ("Members of the New Dawn faction were detained on Wednesday.", "New Dawn"),
    ],
)
def test_names_found(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in _names(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Opponents of the Samuel Otieno-led government of Kenya marched.", "Samuel Otieno-led"),
        ("The Petra Lindqvist-led government of Sweden survived a vote.", "Petra Lindqvist-led"),
        ("Faction leaders met on Monday.", "Faction"),  # no name before it
    ],
)
def test_no_glued_name(nlp, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in _names(nlp, text)


def test_a_country_before_led_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Saudi-led coalition struck the port on Monday.")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]
