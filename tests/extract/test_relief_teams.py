"""A team sent to rescue, heal or relieve is aid: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India sent a team of doctors to Nepal on Sunday.", ("India", "Nepal")),
        ("Israel sent a search-and-rescue team to Turkey on Monday.", ("Israel", "Turkey")),
        ("Kenya sent a rescue crew to Uganda.", ("Kenya", "Uganda")),
        ("Cuba dispatched a medical team to Angola on Monday.", ("Cuba", "Angola")),
    ],
)  # fmt: skip
def test_a_relief_team_sent_is_aid(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Spain sent a team of negotiators to Peru.",
        "Spain sent a legal team to Peru on Friday.",
        "Spain sent its football team to Peru.",
        "Spain dispatched an envoy to Peru on Monday.",
    ],
)
def test_no_aid_from_other_teams(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Spain", "Peru") not in directed(facts_of(text), EventKind.COOPERATION)
