"""Whose act "the move" is when a clause with its own subject judges it beside the
clause that tells the act (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # an absolute with "with"
        ("Peru suspended the deal, with Chile calling the move reckless.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        ("Peru closed the border, with Chile describing the decision as illegal.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        ("Brazil expelled two diplomats, with Argentina condemning the decision as hostile.",
         EventKind.CONFLICT, ("Argentina", "Brazil")),
        ("Peru closed the border, with Chile welcoming the decision.",
         EventKind.COOPERATION, ("Chile", "Peru")),
        # ... without it
        ("Peru closed the border, Chile condemning the step as hostile.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        # a result the act brought about
        ("Peru expelled the envoy, prompting Chile to condemn the move.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        ("Ghana shut its embassy, prompting Togo to denounce the decision.",
         EventKind.CONFLICT, ("Togo", "Ghana")),
    ],
)  # fmt: skip
def test_a_judging_clause_beside_the_act(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Peru closed the border, with Chile calling the weather terrible.",  # no act
        "Peru closed the border, with Chile refusing to condemn the move.",  # refused
        "Peru closed the border, with Chile declining to criticise the decision.",
        "Peru said little, with Chile calling the move reckless.",  # a saying, no act
        "Chile reacted angrily on Monday, condemning the decision.",  # no one else's act
    ],
)
def test_no_act_judged_beside(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)
