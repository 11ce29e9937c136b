"""A relative clause with no relative word on an act noun ("a move X condemned")
leaves the noun as its verb's object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Moldova closed its airspace, a move Romania condemned.",
         EventKind.CONFLICT, ("Romania", "Moldova")),
        ("Moldova closed its airspace, a step Bucharest criticised as reckless.",
         EventKind.CONFLICT, ("Romania", "Moldova")),
        ("Moldova closed its airspace, a decision Romania denounced.",
         EventKind.CONFLICT, ("Romania", "Moldova")),
        ("Moldova expelled two Romanian diplomats, a step Bucharest protested.",
         EventKind.CONFLICT, ("Romania", "Moldova")),
        ("Moldova reopened its border with Ukraine, a move Kyiv welcomed.",
         EventKind.COOPERATION, ("Ukraine", "Moldova")),
    ],
)  # fmt: skip
def test_a_bare_relative_clause_judges_the_act(facts_of, text: str, kind, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Moldova closed its airspace on the day Romania condemned the vote.",
        "Moldova closed its airspace, a move that followed a vote Romania condemned.",
        "Moldova closed its airspace, a move Romania said it understood.",
    ],
)
def test_no_act_judged_without_a_left_out_object(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Romania", "Moldova") not in directed(facts_of(text), EventKind.CONFLICT)
