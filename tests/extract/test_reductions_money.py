"""Money withheld is aid withheld only when it was going to the partner: "halted funds
for X", not "pulled its funds from a bank" (taken back) nor "suspended payments to a
lender" (a debt repaid). Sentences written for these tests (kg.extract.reductions)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    "text",
    [
        "Chile suspended payments to the International Monetary Fund.",
        "Norway pulled its funds from Halvor Bank.",
        "Norway withdrew its money from the World Bank.",
        "Norway withdrew its funds from the World Bank on Monday.",
    ],
)
def test_money_taken_back_or_repaid_is_no_aid_withheld(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany halted funds for the World Health Organization.",
         ("Germany", "World Health Organization", "162")),
        ("Germany halted funds to the World Health Organization.",
         ("Germany", "World Health Organization", "162")),
        ("Germany announced a freeze on funds for the World Health Organization.",
         ("Germany", "World Health Organization", "162")),
        ("Sweden suspended payments for the World Health Organization.",
         ("Sweden", "World Health Organization", "162")),
        ("Sweden suspended aid payments to the World Health Organization.",
         ("Sweden", "World Health Organization", "162")),
    ],
)  # fmt: skip
def test_money_withheld_from_its_receiver_is_aid_withheld(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada suspended payments to UNRWA.", ("Canada", "UNRWA", "162")),
        ("Norway suspended its payments to the UN Relief and Works Agency.",
         ("Norway", "UNRWA", "162")),
        ("The United States suspended its payments to the World Food Programme.",
         ("United States", "World Food Programme", "162")),
        # a lender repaid, a firm paid, payments not stopped: nothing
        ("Chile suspended payments to the World Bank.", None),
        ("Ukraine suspended payments to Gazprom for gas.", None),
        ("Canada will not suspend payments to UNRWA.", None),
    ],
)  # fmt: skip
def test_payments_to_a_body_of_the_world_that_lends_nothing_fund_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = coded(facts_of, text)
    assert expected in found if expected else found == set()
