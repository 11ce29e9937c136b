"""A subject set off from its verb by a participle phrase in commas: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.language.inserted import repair_inserted_participles
from tests.helpers import coded, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's Foreign Minister Maria Santos, asked about the sanctions, said Brazil would not take sides.",
        "Maria Santos, asked whether Brazil would join, said it would not.",
        "The minister, Maria Santos, asked about the sanctions, said Brazil would stay neutral.",
        "Maria Santos, questioned by reporters in Brasilia, insisted that Brazil would stay neutral.",
    ],
)
def test_the_subject_before_the_participle_speaks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Maria Santos"}


def test_the_subject_before_the_participle_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Santos, asked about the raid, criticised Russia's army."
    assert ("Maria Santos", "Russia", "111") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The deal, signed in May, collapsed.",  # a verb with no one to hand over
        "Maria Santos asked about the sanctions, and Tom Rice said Brazil would wait.",
        "Maria Santos, Tom Rice said, was wrong.",  # no participle
    ],
)
def test_no_inserted_participle_no_repair(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_inserted_participles(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
