"""Appeals that name whom they press through a preposition: "appealed to X to ...",
"pleaded with X to ...", "called for X to ..." (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Chile and Peru appealed to Bolivia to reopen the border crossing.",
         {("Chile", "Bolivia"), ("Peru", "Bolivia")}),
        ("France and Germany called for Syria to withdraw its troops.",
         {("France", "Syria"), ("Germany", "Syria")}),
        ("Ana Ruiz pleaded with Serbia to free the hostages.", {("Ana Ruiz", "Serbia")}),
        ("Ana Ruiz, the foreign minister, and Tomas Lind, her deputy, appealed to Serbia to "
         "lift the blockade.", {("Ana Ruiz", "Serbia"), ("Tomas Lind", "Serbia")}),
    ],
)  # fmt: skip
def test_an_appeal_through_a_preposition_is_a_demand(facts_of, text, pairs) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile appealed to Bolivia and Peru to resume talks.",  # conciliatory
        "Chile appealed to Bolivia for calm.",  # no act asked for
        "France called for Syria and Turkey to show restraint.",  # conciliatory
        "France did not call for Syria to withdraw.",  # negated
        "France may appeal to Syria to withdraw.",  # only possible
    ],
)
def test_no_demand_for_calm_or_when_not_made(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
