"""The tokens coordinated with an argument (kg.extract.coordination), in sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.arguments import subjects
from kg.extract.coordination import conjuncts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chad, Niger and Mali met in Niamey.", ["Chad", "Niger", "Mali"]),
        ("Chile plus Peru met in Lima.", ["Chile", "Peru"]),
        ("Kenya, together with Uganda, met in Kampala.", ["Kenya", "Uganda"]),
    ],
)
def test_coordinated_subjects(nlp, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp(text) if t.lemma_ == "meet")
    assert [t.text for s in subjects(verb) for t in conjuncts(s)] == names


def test_set_aside_is_no_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp("Chile, instead of Peru, met Bolivia.") if t.lemma_ == "meet")
    assert [t.text for s in subjects(verb) for t in conjuncts(s)] == ["Chile"]
