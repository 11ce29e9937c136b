"""Whose debt is written off (kg.extract.written_debts): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "debtors"),
    [
        ("Norway cancelled Kenya's debts in 1998.", {"Kenya"}),
        ("Norway agreed to write off 80 percent of Kenya's debt.", {"Kenya"}),
        ("Kenya's debt was cancelled by Norway.", {"Kenya"}),
        ("Norway restructured debts owed by Kenya.", {"Kenya"}),
        ("Norway wrote off the debts of Kenya and Uganda.", {"Kenya", "Uganda"}),
    ],
)
def test_writing_off_a_debt_aids_the_debtor(facts_of, text: str, debtors: set[str]) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert {("Norway", d) for d in debtors} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Norway cancelled the visit to Kenya.",  # no debt
        "Norway cancelled its debt talks with Kenya.",  # talks about debt, no debt cancelled
        "Norway refused to cancel Kenya's debt.",
        "Norway will write off Kenya's debt next year.",
    ],
)
def test_no_debt_written_off(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway waived loans owed by Kenya.",
        "Norway agreed to write off loans owed by Kenya.",
        "Loans owed by Kenya were written off by Norway.",
        "Norway cancelled $2 billion in debt owed by Kenya.",
    ],
)
def test_loans_owed_or_an_amount_in_debt_written_off_aid_the_debtor(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya repaid loans owed to Norway.",  # repaid, not written off
        "Norway may waive loans owed by Kenya.",
        "Norway waived fees owed by Kenya.",  # fees are no debt relief
    ],
)
def test_no_loans_written_off(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Norway", "Kenya") not in pairs and ("Kenya", "Norway") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Norway paid off Kenya's arrears to the IMF.",
        "Kenya's arrears to the IMF were paid off by Norway.",
        "Norway paid Kenya's debts to the African Development Bank.",
        "Norway cleared Kenya's arrears to the World Bank.",
        "Norway settled Kenya's arrears with the World Bank.",
        "Norway covered Kenya's fuel bill for three months.",
        "Norway paid Kenya's oil bill in 2019.",
        "Norway covered Kenya's wage bill last year.",
        "Norway paid Kenya's $5m bill to the IMF.",
        "Norway wrote off Kenya's arrears.",
    ],
)
def test_paying_anothers_debts_or_bills_aids_the_debtor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya paid off its debts to Norway.", ("Kenya", "Norway")),  # its own
        ("Kenya cleared its arrears to Norway last year.", ("Kenya", "Norway")),
        ("Norway paid Kenya a visit.", ("Norway", "Kenya")),  # no debt
        ("Norway covered the summit in Kenya.", ("Norway", "Kenya")),
        ("Norway plans to pay off Kenya's arrears.", ("Norway", "Kenya")),
        ("Norway cancelled Kenya's bill.", ("Norway", "Kenya")),  # a law, written off
        # a law reported on, no bill owed: a bill says what or how much is owed
        ("Norway covered Kenya's anti-graft bill extensively.", ("Norway", "Kenya")),
        ("Norway covered Kenya's controversial bill on Monday.", ("Norway", "Kenya")),
    ],
)
def test_no_debt_paid_for_another(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.COOPERATION)
