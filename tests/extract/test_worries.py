"""Fears dismissed (kg.extract.worries): rejecting what someone fears reassures them and
opposes no one; rejecting their claims or demands still opposes them."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed

REASSURED = [
    ("Chile dismissed Peruvian fears of a border war.", "Chile", "Peru"),
    ("Chile rejected Peru's worries about the dam on Monday.", "Chile", "Peru"),
    ("Fears in Peru of a trade war were dismissed by Chile on Monday.", "Chile", "Peru"),
    (
        "Labour leader Ana Ruiz has dismissed fears from some Labour MPs that the party "
        "would raise taxes.",
        "Ana Ruiz",
        "Labour MPs",
    ),
]


@pytest.mark.parametrize(("text", "agent", "feared"), REASSURED)
def test_dismissing_fears_opposes_no_one(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, feared: str
) -> None:
    assert (agent, feared) not in directed(facts_of(text), EventKind.CONFLICT, factual_only=False)


def test_a_headline_dismissing_a_party_s_fears_opposes_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Labour leader Ana Ruiz has dismissed fears from some Labour MPs that the party "
        "would raise taxes.",
        title="Ruiz dismisses Labour tax fears",
    )
    found = directed(facts, EventKind.CONFLICT, factual_only=False)
    assert ("Ana Ruiz", "Labour") not in found


OPPOSED = [
    ("Chile rejected Peru's demands for compensation.", "Chile", "Peru"),
    ("Chile dismissed Peru's claims as lies.", "Chile", "Peru"),
    ("Chile rejected Peru's worries and its claims about the border.", "Chile", "Peru"),
]


@pytest.mark.parametrize(("text", "agent", "target"), OPPOSED)
def test_rejecting_a_stand_still_opposes_its_owner(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)
