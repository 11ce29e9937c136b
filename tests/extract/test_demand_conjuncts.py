"""A past verb joined after a demand's clause is the demander's act: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.demand_conjuncts import repair_demand_conjuncts
from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Chile demanded that Peru withdraw its envoy and condemned Bolivia's border tests.",
         ("Chile", "Bolivia")),
        ("The Nordic Council demanded that Norway leave the talks and criticised Russia's navy.",
         ("Nordic Council", "Russia")),
        ("Chile insists that Peru leave the talks and accuses Bolivia of meddling.",
         ("Chile", "Bolivia")),
    ],
)  # fmt: skip
def test_the_act_after_a_demand_is_the_demanders(facts_of, text: str, act: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = directed(facts, EventKind.CONFLICT)
    assert act in found
    wanted_doer = text.split(" that ")[1].split()[0]
    assert (wanted_doer, act[1]) not in found


def test_the_demand_keeps_its_own_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("Chile demanded that Peru withdraw its envoy and condemned Bolivia."),
        EventKind.CONFLICT,
    )
    assert ("Chile", "Peru") in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile demanded that Peru withdraw its envoy and close its embassy.",  # all wanted
        "Chile said that Peru withdrew its envoy and condemned Bolivia.",  # no demand
        "Chile will demand that Peru leave and condemned Bolivia.",  # no finite demand
    ],
)
def test_other_clauses_keep_their_parse(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert repair_demand_conjuncts(nlp(text)) == 0
