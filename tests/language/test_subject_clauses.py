"""A sentence's past verb read as a clause on its subject is the sentence's verb
(kg.language.subject_clauses): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.subject_clauses import repair_subject_clauses
from tests.helpers import met_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Danish ambassador, Sir Olaf Brun, called on the Polish delegate, Marek Nowak,"
            " at his villa today.",
            {"Olaf Brun", "Marek Nowak"},
        ),
        (
            "The French ambassador, Louis Garnier, called on the Soviet delegate, Pavel Orlov,"
            " at his hotel today.",
            {"Louis Garnier", "Pavel Orlov"},
        ),
        (
            "The American envoy, Walter Greene, called on the Indian delegate, Ravi Menon, at"
            " his residence yesterday.",
            {"Walter Greene", "Ravi Menon"},
        ),
    ],
)
def test_a_call_paid_by_a_titled_subject_is_a_meeting(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert frozenset(pair) in met_pairs(facts)


def test_the_verb_becomes_the_root(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Danish ambassador, Sir Olaf Brun, called on the Polish delegate, Marek Nowak, at his villa today.")  # fmt: skip
    repair_subject_clauses(doc)
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy, called home last week, resigned on Monday.",
        "The minister, Pablo Soto, said the envoy called on Monday.",
    ],
)
def test_a_sentence_with_a_verb_of_its_own_is_left_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_subject_clauses(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
