""" "The company said" after two firms: the one the last sentence naming them made its
subject, else nobody: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "firm", "other"),
    [
        ("Veltro Motors is in talks to buy Kasten Steel. The deal would create jobs, the "
         "company said.", "Veltro Motors", "Kasten Steel"),
        ("Veltro Motors has bid for Kasten Steel, a rival carmaker. The offer was fair, the "
         "company said.", "Veltro Motors", "Kasten Steel"),
        ("Kasten Steel has rejected a bid from Veltro Motors. The offer was far too low, the "
         "company said.", "Kasten Steel", "Veltro Motors"),
        ("Kasten Steel has been approached by Veltro Motors about a merger. Talks were at an "
         "early stage, the company said.", "Kasten Steel", "Veltro Motors"),
        ("Veltro Motors has agreed to buy Kasten Steel for $2bn. The firm said the deal would "
         "close in May.", "Veltro Motors", "Kasten Steel"),
    ],
)  # fmt: skip
def test_the_speaking_company_is_the_subject(facts_of, text: str, firm: str, other: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert firm in said and other not in said


@pytest.mark.parametrize(
    "text",
    [
        # both firms the subject
        "Veltro Motors and Kasten Steel are in talks. The deal would create jobs, the company"
        " said.",
        # neither the subject of the main clause
        "Analysts expect Veltro Motors to buy Kasten Steel. The deal would create jobs, the"
        " company said.",
        "Shares in Veltro Motors rose after it bid for Kasten Steel. The offer was fair, the"
        " company said.",
        # the firms in the company's own sentence
        "Veltro Motors will buy Kasten Steel, the company said.",
    ],
)
def test_no_firm_when_the_subject_does_not_tell(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert not said & {"Veltro Motors", "Kasten Steel"}


@pytest.mark.parametrize(
    "text",
    [
        # the firm it speaks of is in its own sentence
        "Kasten Steel will cut jobs at Veltro Motors. The firm said it would keep Kasten"
        " Steel's name.",
        # an analyst's "the company" in a quote
        'Orvex Holdings split its board. Veltro Motors did the same last year. "The best'
        ' news was that the company announced a simpler structure," said analyst Ann Vole.',
    ],
)
def test_no_firm_when_its_sentence_or_a_quote_holds_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert "Veltro Motors" not in said and "Kasten Steel" not in said
