""" "The company", "the firm": the one firm the story names before: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the firm as the subject of a blame
        ("Orvex Holdings reported a loss on Monday. The company accused the European "
         "Commission of bias.", ("Orvex Holdings", "European Commission")),
        # as the object, its subject a body of another kind
        ("The European Commission opened an inquiry into Orvex Holdings. The commission "
         "accused the company of abusing its dominance.",
         ("European Commission", "Orvex Holdings")),
        # "the firm"
        ("Tarvo Steel cut 500 jobs in March. Prime Minister Karl Hesse criticised the firm "
         "on Tuesday.", ("Karl Hesse", "Tarvo Steel")),
    ],
)  # fmt: skip
def test_the_company_is_the_firm_named(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


def test_the_firm_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Orvex Holdings reported a loss. The firm said it would cut 300 jobs.")
    assert "Orvex Holdings" in speakers(facts)


@pytest.mark.parametrize(
    "text",
    [
        # two firms named: either
        "Orvex Holdings and Tarvo Steel reported losses. The company accused the European "
        "Commission of bias.",
        # a firm among a list of brands the model may not all know
        "Its brands include Orvex, Tarvo and Binta. The company accused the European "
        "Commission of bias.",
        # "the oil company": another
        "Orvex Holdings reported a loss. The oil company accused the European Commission of bias.",
        # a body of another kind is no firm
        "The Competition Commission reported on Monday. The company accused the European "
        "Commission of bias.",
    ],
)
def test_no_one_firm_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_a_news_source_is_no_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "A spokesman for the builders, Dr Raman, told the Daily Tarvo it was good news. "
        "He said the firm would grow."
    )
    assert "Daily Tarvo" not in speakers(facts)


def test_it_after_the_company_is_the_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Velcor Group makes small cars. The company tests every model, and it says the cars "
        "are safe."
    )
    assert speakers(facts) == {"Velcor Group"}
