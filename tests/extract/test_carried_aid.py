"""Aid flown, ferried or rushed to a state: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greece flew tents and blankets to Turkey on Tuesday.", ("Greece", "Turkey")),
        ("Pakistan flew relief supplies to Afghanistan on Sunday.", ("Pakistan", "Afghanistan")),
        ("Egypt ferried food and medicine to Sudan on Monday.", ("Egypt", "Sudan")),
        ("Germany rushed medical supplies to Poland on Tuesday.", ("Germany", "Poland")),
    ],
)  # fmt: skip
def test_aid_carried_to_a_state(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Britain flew its ambassador to Iran on Monday.",  # an envoy is no aid
        "The British premier flew to Iran on Monday.",  # a journey
        "Britain rushed to condemn Iran on Monday.",  # no object
        "Britain may fly tents to Iran next week.",  # a possibility
    ],
)
def test_nothing_given_is_carried(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("United Kingdom", "Iran") not in directed(facts_of(text), EventKind.COOPERATION)
