"""Whose agreement "the deal" takes up: its makers just before (kg.extract.pact_parties,
asked through act_nouns.act_doers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "judge", "parties"),
    [
        ("Egypt and Sudan signed a water agreement. The IMF backed the agreement.",
         EventKind.COOPERATION, "International Monetary Fund", {"Egypt", "Sudan"}),
        ("Peru signed a deal with Chile. Bolivia condemned the deal.",
         EventKind.CONFLICT, "Bolivia", {"Peru", "Chile"}),
        ("Kenya reached an accord with Uganda on Monday, and the African Union welcomed the accord.",
         EventKind.COOPERATION, "African Union", {"Kenya", "Uganda"}),
        ("Egypt and Sudan concluded a treaty in May. Ethiopia rejected the treaty.",
         EventKind.CONFLICT, "Ethiopia", {"Egypt", "Sudan"}),
    ],
)  # fmt: skip
def test_the_agreement_is_its_makers(  # type: ignore[no-untyped-def]
    facts_of, text: str, kind: EventKind, judge: str, parties: set[str]
) -> None:
    found = directed(facts_of(text), kind)
    assert {(judge, p) for p in parties} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Peru may sign a deal with Chile. Bolivia condemned the deal.",  # not made
        "Peru refused to sign a deal with Chile. Bolivia condemned the deal.",
        "Rebels signed a truce with Chad. Sudan criticised the truce.",  # an unnamed party
        "Peru signed a deal with Chile. Bolivia condemned the trade deal.",  # another deal?
        "The IMF backed the agreement.",  # no one made it here
    ],
)
def test_no_parties_for_an_agreement_not_made_here(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    judged = {"Bolivia", "Sudan", "International Monetary Fund"}
    assert not {p for p in directed(facts, EventKind.CONFLICT) if p[0] in judged}
    assert not {p for p in directed(facts, EventKind.COOPERATION) if p[0] in judged}
