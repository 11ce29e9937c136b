"""A relative pronoun after a noun a nationality qualifies stands for that side
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Premier Tomas Vidal appealed for help against Dutch soldiers, whom he accused of looting.", ("Tomas Vidal", "Netherlands")),
        ("Minister Ana Ruiz spoke about the Peruvian navy, which she accused of piracy.", ("Ana Ruiz", "Peru")),
        ("Senator Lia Moreno met Chilean officers, whom she accused of lying.", ("Lia Moreno", "Chile")),
    ],
)  # fmt: skip
def test_the_side_a_relative_stands_for_is_accused(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Premier Tomas Vidal spoke about the troops, whom he did not accuse of looting.",
        "Premier Tomas Vidal praised Belgian soldiers, whom nobody accused of looting.",
    ],
)
def test_no_accusation_of_a_side_not_accused(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Tomas Vidal", "Belgium") not in directed(facts_of(text), EventKind.CONFLICT)


def test_a_relative_after_a_common_noun_stays_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.relatives import antecedent

    doc = nlp("The plan, which Austria rejected, was dropped.")
    assert antecedent(next(t for t in doc if t.lower_ == "which")).text == "which"
