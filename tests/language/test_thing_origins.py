"""Participles of origin after a hyphen: the country before them is no party."""

from __future__ import annotations

import pytest

from kg.language.thing_origins import origin_name, origin_word


@pytest.mark.parametrize(
    ("text", "word", "origin"),
    [
        ("Vestria seized a Maltese-flagged tanker.", "Maltese", True),
        ("Vestria seized a Liberian-registered freighter.", "Liberian", True),
        ("Vestria seized a Panama-registered freighter.", "Panama", True),
        ("Rebels shot down a Chinese-made drone.", "Chinese", True),
        ("The navy sank a German-built submarine.", "German", True),
        ("Vestria vetoed a Peruvian-drafted resolution.", "Peruvian", False),
        ("Troops fought Iran-backed rebels.", "Iran", False),
        ("Vestria seized a Maltese tanker.", "Maltese", False),
    ],
)
def test_the_word_before_a_participle_of_origin(nlp, text: str, word: str, origin: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    [token] = [t for t in doc if t.text == word]
    assert origin_name(token) is origin


def test_a_participle_of_origin_read_whole_or_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Maltese-flagged flagged drafted")
    assert [origin_word(t) for t in doc][-2:] == [True, False]


def test_a_firm_before_owned_is_the_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ann Lee said Rosneft-owned Yugansk would be sold.")
    assert not origin_name(doc[3])
