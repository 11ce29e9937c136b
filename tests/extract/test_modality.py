"""Modality helpers read from tokens give what the sentence text gives."""

from __future__ import annotations

import pytest

from kg.extract.modality import ends_with_question
from kg.records import EventKind
from tests.helpers import directed

TEXTS = [
    'Will Ana Ruiz meet the Karsk envoy? "Is it over?" he asked. She said: "Why not?"',
    "Did Velmar sanction Baltovia ?  \n\nTomas Lind met Ivo Marsh. Was it 'planned?'",
    "Who called whom? ' They did not say. Brenn asked whether talks would resume?\" ",
]


def test_ends_with_question_reads_the_sentence_end_as_its_text_does(nlp) -> None:  # type: ignore[no-untyped-def]
    questions = 0
    for doc in nlp.pipe(TEXTS):
        for sent in doc.sents:
            expected = sent.text.rstrip().rstrip("\"'").endswith("?")
            assert ends_with_question(sent) is expected, sent.text
            questions += expected
    assert questions >= 4


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Had Peru invaded Chile, the war would have spread.", EventKind.CONFLICT),
        ("The war would have spread had Peru invaded Chile.", EventKind.CONFLICT),
        ("Officials did not rule out that Peru had signed a deal with Chile.",
         EventKind.COOPERATION),
        ("Diplomats would not rule out that Peru had reached a secret agreement with Chile.",
         EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_conditions_by_inversion_and_what_is_not_ruled_out_are_no_facts(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the event is kept
    assert directed(facts, kind) == set()  # but not as a fact


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peru had invaded Chile before the talks began.", EventKind.CONFLICT),
        ("Officials said that Peru had signed a deal with Chile.", EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_a_past_perfect_with_its_subject_first_is_still_a_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Officials think Peru attacked Chile.", EventKind.CONFLICT),
        ("Police suspect that Sam Hale met Tom Ray in Paris.", EventKind.MEETING),
        ("Ann Vale believes that Peru has signed a deal with Chile.", EventKind.COOPERATION),
    ],
)  # fmt: skip
def test_what_someone_believes_happened_is_no_fact(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(e.kind is kind for e in facts.events)  # the event is kept
    assert not any(e.kind is kind and e.factual for e in facts.events)  # but not as a fact


def test_what_someone_says_happened_is_still_told(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Vale said that Peru attacked Chile.")
    assert ("Peru", "Chile") in directed(facts, EventKind.CONFLICT)
