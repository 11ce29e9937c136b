"""A dispute named in a ruling (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A WTO panel ruled against Indonesia in a dispute brought by Japan.", ("Japan", "Indonesia")),
        ("The WTO ruled against Canada in a dispute launched by Brazil.", ("Brazil", "Canada")),
        ("The panel found against Chile in a challenge lodged by Peru.", ("Peru", "Chile")),
        ("Last week the tribunal ruled against Ecuador in a dispute filed by Colombia.", ("Colombia", "Ecuador")),
    ],
)  # fmt: skip
def test_who_brought_the_dispute_opposed_the_side_ruled_against(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The WTO will rule against Indonesia in a dispute brought by Japan.", ("Japan", "Indonesia")),
        ("The WTO did not rule against Indonesia in the dispute brought by Japan.", ("Japan", "Indonesia")),
        ("The WTO ruled against Indonesia in the dispute.", ("World Trade Organization", "Indonesia")),
        ("The WTO ruled against Canada in a dispute with little coverage in Brazil.", ("Brazil", "Canada")),
    ],
)  # fmt: skip
def test_a_ruling_not_made_or_a_dispute_no_one_brought_is_none(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)
