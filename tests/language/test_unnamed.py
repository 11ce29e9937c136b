"""Pronouns after an unnamed antecedent name nobody (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import speakers, speakers_of


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an unnamed person speaks: "he" is not the one named before
        ("Peter Holm left Oslo on Monday. A spokesman said the talks would go on. He added "
         "that no date was set.", set()),
        # an unnamed firm: "it" is not the firm named before
        ("Halvor Oil cut jobs. A rival firm said it would hire more staff. It added that "
         "wages would rise.", set()),
        # the named spokesman is someone
        ("A spokesman, Ivo Marsh, said the talks would go on. He added that no date was set.",
         {"Ivo Marsh"}),
    ],
)  # fmt: skip
def test_after_an_unnamed_speaker(facts_of, text: str, who: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == who


@pytest.mark.parametrize(
    ("middle", "pronoun"),
    [
        ("But the auditor disagreed.", "He"),
        ("A critic of the plan was scathing.", "He"),
        ("One campaigner was not convinced.", "He"),
    ],
)
def test_he_after_an_unnamed_person_of_a_trade_is_nobody_named(  # type: ignore[no-untyped-def]
    facts_of, middle: str, pronoun: str
) -> None:
    facts = facts_of(
        f"Mr Arlo Penn stated that the budget was balanced. {middle} "
        f"{pronoun} said the figures were false."
    )
    assert speakers_of(facts, "said") == set()


@pytest.mark.parametrize(
    "middle",
    [
        "The auditor, Ian Fisk, disagreed.",  # named after all
        "The budget was praised by business.",  # no new person
    ],
)
def test_he_after_a_named_or_no_new_person_is_someone(facts_of, middle: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"Mr Arlo Penn stated that the budget was balanced. {middle} He said it was.")
    assert speakers_of(facts, "said")
