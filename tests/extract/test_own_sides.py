"""A person never meets the state or body they serve in the same meeting: a chair of
talks between her own country and another meets the other, and the two countries meet
(kg.extract.own_sides; "presided over the talks" told after them, kg.extract.later_hosts):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.own_sides import split_sides
from kg.records import Participant
from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "chair", "own", "other"),
    [
        ("Ghanaian Foreign Minister Ama Boateng presided over talks between Ghana and Togo.",
         "Ama Boateng", "Ghana", "Togo"),
        ("Norwegian Prime Minister Eva Lund chaired the talks between Norway and Sweden.",
         "Eva Lund", "Norway", "Sweden"),
        ("Officials from Ghana and the African Union met in Accra. The meeting was chaired by "
         "Ghana's foreign minister, Ama Boateng.", "Ama Boateng", "Ghana", "African Union"),
        ("Ministers from Chile and Peru met in Lima on Monday. Chilean Foreign Minister Rosa "
         "Vidal presided over the talks.", "Rosa Vidal", "Chile", "Peru"),
    ],
)  # fmt: skip
def test_a_chair_meets_the_other_side_not_her_own(facts_of, text, chair, own, other) -> None:  # type: ignore[no-untyped-def]
    met = met_pairs(facts_of(text))
    assert {pair(chair, other), pair(own, other)} <= met
    assert pair(chair, own) not in met


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's foreign minister Ann Sole chaired the meeting with Uganda's envoy.",
         {pair("Ann Sole", "Uganda")}),
        ("Kenya's foreign minister Ann Sole was due to chair the meeting with Uganda's envoy.",
         set()),
        ("Kenya's foreign minister Ann Sole chaired the meeting.", set()),
    ],
)  # fmt: skip
def test_a_chair_with_one_other_side_or_none(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


def test_two_ties_leave_every_other_pair() -> None:
    parts = tuple(Participant(k, "participant") for k in ("p/a", "c/A", "p/b", "c/B"))
    groups = split_sides(parts, {("p/a", "c/A"), ("p/b", "c/B")})
    pairs = {frozenset((x.actor, y.actor)) for g in groups for x in g for y in g if x != y}
    assert pairs == {frozenset(p) for p in
                     [("p/a", "p/b"), ("p/a", "c/B"), ("c/A", "p/b"), ("c/A", "c/B")]}  # fmt: skip
