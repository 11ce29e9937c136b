"""Trade a state stops, told by a verb of stopping and a gerund: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany stopped buying Russian gas.", ("Germany", "Russia")),
        ("Poland stopped importing coal from Russia.", ("Poland", "Russia")),
        ("Chile ceased exporting grain to Peru.", ("Chile", "Peru")),
        ("Canada stopped selling arms to Saudi Arabia.", ("Canada", "Saudi Arabia")),
        ("India halted purchases of Iranian oil.", ("India", "Iran")),
        ("Japan cut its purchases of Iranian crude.", ("Japan", "Iran")),
    ],
)
def test_a_state_that_stops_trading_reduces_relations(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The firm stopped selling to Peru.",  # business, no embargo
        "Germany stopped buying time.",  # no trade with anyone
        "Chile did not stop buying Peruvian gas.",  # negated
        "Chile may stop buying Peruvian gas.",  # possible only
    ],
)
def test_no_stopped_trade_without_a_state_that_stops_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
