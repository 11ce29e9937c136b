"""A pair that has only a meeting ahead of it is not "the two leaders" of a later
sentence that tells what was done: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair

_HOSTED = "Kenyan President Ali Wambua hosted Ugandan President Peter Okello in Nairobi on Monday. "


@pytest.mark.parametrize(
    "plan",
    [
        "Okello is due to travel to Arusha on Friday to meet Tanzanian President Jonas Mrema. ",
        "Okello will hold talks with Tanzanian President Jonas Mrema next week. ",
        "Okello plans to meet Tanzanian President Jonas Mrema in Arusha later this month. ",
        "Okello is expected to meet Tanzanian President Jonas Mrema on Friday. ",
        "Okello is to meet Tanzanian President Jonas Mrema on Friday. ",
    ],
)
@pytest.mark.parametrize(
    "done",
    [
        "The two leaders also agreed to build a new railway.",
        "Both leaders signed a pact on the shared border.",
        "The two presidents have agreed to open the border.",
    ],
)
def test_the_pair_that_acted_not_the_planned_one(facts_of, plan: str, done: str) -> None:  # type: ignore[no-untyped-def]
    coop = directed(facts_of(_HOSTED + plan + done), EventKind.COOPERATION)
    assert ("Ali Wambua", "Peter Okello") in coop
    assert not {("Peter Okello", "Jonas Mrema"), ("Jonas Mrema", "Peter Okello")} & coop


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told of the pair is still theirs when the later sentence is a plan too
        (_HOSTED + "Okello is expected to meet Tanzanian President Jonas Mrema on Friday. "
         "The two leaders are expected to sign a railway deal.", None),
        # no other pair to be had: the planned one
        ("Kenyan President Ali Wambua is due to meet Ugandan President Peter Okello in Nairobi "
         "on Monday. The two leaders last met in May.", pair("Ali Wambua", "Peter Okello")),
        # the most recent pair met indeed
        (_HOSTED + "Okello later met Tanzanian President Jonas Mrema in Arusha. "
         "The two leaders agreed to build a new railway.", None),
    ],
)  # fmt: skip
def test_planned_pair_kept_where_nothing_else_fits(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    if expected is not None:
        assert expected in met_pairs(facts)
    else:
        coop = directed(facts, EventKind.COOPERATION, factual_only=False)
        assert ("Peter Okello", "Jonas Mrema") in coop
