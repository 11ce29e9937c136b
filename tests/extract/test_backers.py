"""Givers told by what they are called: donors, sponsors, creditors, arms suppliers."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait is a generous donor to Jordan.", ("Kuwait", "Jordan")),
        ("Norway, the biggest donor to Mali, called for calm.", ("Norway", "Mali")),
        ("Sweden has long been a key donor to Zambia.", ("Sweden", "Zambia")),
        ("China is Pakistan's main arms supplier.", ("China", "Pakistan")),
        ("Russia remains a key supplier of weapons to India.", ("Russia", "India")),
        ("Japan is the largest creditor of Laos.", ("Japan", "Laos")),
        ("France is a major lender to Senegal.", ("France", "Senegal")),
    ],
)
def test_a_giver_by_its_description(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kuwait is not a donor to Jordan.", ("Kuwait", "Jordan")),
        ("Sweden, a former donor to Zambia, cut its aid.", ("Sweden", "Zambia")),
        ("Russia, Germany's main gas supplier, halted deliveries.", ("Russia", "Germany")),
        ("Norway could become a donor to Mali.", ("Norway", "Mali")),
    ],
)
def test_no_giver_now(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.COOPERATION)


def test_a_bank_lending_to_a_firm_is_business(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Halvard Bank, the largest creditor of Norsk Hydro, objected to the plan.")
    assert directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IMF is Argentina's biggest creditor.", ("International Monetary Fund", "Argentina")),
        ("The World Bank, a major lender to Kenya, approved the loan.", ("World Bank", "Kenya")),
    ],
)
def test_a_body_that_lends(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)
