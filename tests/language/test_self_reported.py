"""A speaker pronoun after a reported clause whose subject is the one titled person
named stands for that person (kg.language.self_reported): sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "If Peru rejects the offer, Ecuadorian President Mateo Viteri would leave the"
            " talks, he told reporters on Monday.",
            "Mateo Viteri",
        ),
        (
            "Ecuadorian President Mateo Viteri would leave the talks, he told reporters.",
            "Mateo Viteri",
        ),
        (
            "Should the vote fail, Finance Minister Ines Brandt would resign, she said on Friday.",
            "Ines Brandt",
        ),
    ],
)
def test_the_reported_titled_subject_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            "Senator Ruth Oduya spoke on Monday. President Mateo Viteri would lose the vote,"
            " she told reporters.",
            "Mateo Viteri",
        ),
        ("Peru would never deal with President Mateo Viteri, he told reporters.", "Mateo Viteri"),
        ("Mateo Viteri would leave the talks, she told reporters.", "Mateo Viteri"),
    ],
)
def test_no_one_else_s_words(facts_of, text: str, not_speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert not_speaker not in speakers(facts_of(text))
