""" "The company", "the firm": the one firm the story names before: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


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


@pytest.mark.parametrize(
    "opening",
    [
        "Speaking to CNBC on Thursday, Mark Delaney",
        "In an interview with Bloomberg, Mark Delaney",
        "Writing in the Financial Times, Mark Delaney",
    ],
)
def test_the_broadcaster_one_speaks_to_is_not_the_company(facts_of, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Delaney is chief executive of Orvex Holdings. "
        f"{opening} said the company had signed a deal with Tellium."
    )
    deals = directed(facts_of(text), EventKind.COOPERATION)
    assert not any(a in {"CNBC", "Bloomberg", "Financial Times"} for a, _ in deals)
    assert ("Orvex Holdings", "Tellium") in deals


def test_speaking_to_cnbc_makes_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Speaking to CNBC on Thursday, Mark Delaney said sales had risen.")
    assert pair("Mark Delaney", "CNBC") not in met_pairs(facts)
    assert "Mark Delaney" in speakers(facts)


def test_a_broadcaster_that_acts_is_still_a_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    deals = directed(facts_of("CNBC signed a deal with Comcast."), EventKind.COOPERATION)
    assert ("CNBC", "Comcast") in deals


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Brindle Bank cut its forecast on Tuesday. The lender said profits would fall.",
         "Brindle Bank"),
        ("Orvex Capital raised its rates. The lender said borrowers would pay more.",
         "Orvex Capital"),
    ],
)  # fmt: skip
def test_the_lender_is_the_firm_named(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


def test_the_lender_after_two_firms_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Brindle Bank and Orvex Capital raised rates. The lender said borrowers would pay more."
    assert not {"Brindle Bank", "Orvex Capital"} & speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Steel rejected the pay offer on Monday. Union leader Petra Lund accused the "
        "board of betraying workers.",
        "Halvard Steel rejected the pay offer on Monday. Union leader Petra Lund criticised the "
        "board of directors for the decision.",
        "Halvard Steel rejected the pay offer on Monday. Union leader Petra Lund accused the "
        "management of betraying workers.",
    ],
)
def test_the_board_is_the_one_firms(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Petra Lund", "Halvard Steel") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # two firms: whose board?
        "Halvard Steel and Corvin Metals rejected the pay offer. Union leader Petra Lund "
        "accused the board of betraying workers.",
        # no firm named
        "Union leader Petra Lund accused the board of betraying workers.",
        # no board, and a management of something else
        "Halvard Steel launched a new product. Petra Lund called the board game boring.",
        "Halvard Steel rejected the pay offer on Monday. Petra Lund criticised the management "
        "of the economy.",
    ],
)
def test_no_one_firm_no_ones_board(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has a new government. The country's state oil company sued Korvex Energy on Monday.",
        "Kenya said on Monday that the country's state oil company had sued Korvex Energy.",
    ],
)
def test_the_countrys_state_firm_is_the_countrys_own(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the country's state oil company": Kenya's, however many firms it has."""
    assert ("Kenya state oil company", "Korvex Energy") in directed(
        facts_of(text), EventKind.CONFLICT
    )


def test_the_countrys_firm_of_many_is_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Kenya has a new government. The country's oil company sued Korvex Energy on Monday."
    )
    assert not directed(facts, EventKind.CONFLICT)
