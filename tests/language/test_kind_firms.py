"""A firm called back by its kind ("the carmaker", "the bank", "the lender") after
several firms is the one of that kind; two of the kind near it: no one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "firm", "other"),
    [
        ("Tarvel Motors, a carmaker, borrowed money from Orbis Bank. The carmaker said it "
         "would repay the loan next year.", "Tarvel Motors", "Orbis Bank"),
        ("The carmaker Tarvel Motors borrowed money from Orbis Bank. The carmaker said it "
         "would repay the loan next year.", "Tarvel Motors", "Orbis Bank"),
        ("Orbis Bank lent money to Tarvel Motors, Europe's biggest carmaker. The carmaker "
         "said it would repay the loan next year.", "Tarvel Motors", "Orbis Bank"),
        ("Tarvel Motors borrowed money from Orbis Bank. The lender said the loan was safe.",
         "Orbis Bank", "Tarvel Motors"),
        ("Velcor Holdings borrowed money from Orvane, a Swiss bank. The bank said the loan "
         "was safe.", "Orvane", "Velcor Holdings"),
    ],
)  # fmt: skip
def test_the_kind_is_the_firm_of_that_kind(facts_of, text: str, firm: str, other: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert firm in said
    assert other not in said


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Bank sold its stake in Tarvel Motors to Orbis Bank. The bank said the loan "
        "was safe.",
        "Tarvel Motors, a carmaker, and Velcor Holdings, a carmaker, formed a joint venture. "
        "The carmaker said it would build a plant.",
        "Tarvel Motors borrowed money from Orbis Bank. The company said the loan was safe.",
        "Kestrel Bank and Orvex Capital raised rates. The lender said borrowers would pay more.",
    ],
)
def test_two_of_the_kind_or_a_plain_company_name_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text))
