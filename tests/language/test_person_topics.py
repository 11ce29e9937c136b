"""Who a "he" after a sentence whose subject is no person named outright stands for
(kg.language.person_topics): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "wrong", "target"),
    [
        ("Ion Rusu met Pavel Dorn on Monday. Later he criticised Russia.", "Pavel Dorn", "Russia"),
        ("Ion Rusu met Pavel Dorn on Monday. Later he condemned Ukraine.", "Pavel Dorn", "Ukraine"),
        (
            "Ion Rusu met Pavel Dorn on Monday. Then he accused Romania of meddling.",
            "Pavel Dorn",
            "Romania",
        ),
    ],
)
def test_he_after_an_unrecognised_subject_is_not_the_object(  # type: ignore[no-untyped-def]
    facts_of, text: str, wrong: str, target: str
) -> None:
    assert (wrong, target) not in directed(facts_of(text), EventKind.CONFLICT)


def test_he_said_after_an_unrecognised_subject_is_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ion Rusu met Pavel Dorn on Monday. He said the talks had gone well.")
    assert "Pavel Dorn" not in speakers(facts)


def test_he_after_a_recognised_subject_is_still_the_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Mr Karl Lind met Pavel Dorn on Monday. He later criticised Russia.")
    assert ("Karl Lind", "Russia") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Karl Lind's meeting with Otto Graf lasted an hour. He criticised Hungary afterwards.",
            "Hungary",
        ),
        ("Karl Lind's talks with Otto Graf ended on Monday. He then condemned Serbia.", "Serbia"),
        (
            "Karl Lind's call with Otto Graf lasted ten minutes. He later criticised Croatia.",
            "Croatia",
        ),
    ],
)
def test_he_after_a_persons_act_is_that_person(facts_of, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Karl Lind", target) in found
    assert ("Otto Graf", target) not in found


def test_he_after_a_persons_aide_is_not_that_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Karl Lind's spokesman met Otto Graf on Monday. He criticised Hungary.")
    assert ("Karl Lind", "Hungary") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        'Tom Vale arrived in Leeds. Convention should be "honoured", but the government '
        'ignored it. He warned that the Bill would meet "great difficulty".',
        'Tom Ward arrived in York. Precedent must be "respected", but ministers ignored it. He '
        "warned that the plan would fail.",
    ],
)
def test_a_sentences_first_word_is_no_unrecognised_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A capitalised common noun opening the sentence before is no name the model
    missed: the "he" after it may still be the man named before."""
    assert speakers(facts_of(text)) & {"Tom Vale", "Tom Ward"}
