"""Custody told by "hold": a state or a body holding people, not "hold" in its other
senses. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def _coerced(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile is holding Olaf Brenner, a Peruvian engineer.", ("Chile", "Olaf Brenner")),
        ("Chile has held Ana Ruiz since May.", ("Chile", "Ana Ruiz")),
        ("Ana Ruiz is being held by Chile in a jail near Santiago.", ("Chile", "Ana Ruiz")),
        ("Chile has been holding two Peruvian sailors for a week.", ("Chile", "Peru")),
        ("Chile is holding Olaf Brenner, a Peruvian engineer.", ("Chile", "Peru")),
        (
            "Peru freed Ana Ruiz in exchange for Olaf Brenner, an engineer held by Chile.",
            ("Chile", "Olaf Brenner"),
        ),
    ],
)
def test_a_state_holding_people_holds_them_in_custody(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in _coerced(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile held talks with Peru on Monday.",
        "Chile held Peru to a goalless draw.",
        "The minister held Olaf Brenner in high regard.",
        "Chile held back funds from Peru.",
        "Chile held Ana Ruiz up as a model for the region.",
        "Ana Ruiz held her son at the airport in Peru.",
        "Chile denied holding Olaf Brenner.",
        "Chile held a news conference on the Peruvian sailors.",
    ],
)
def test_hold_in_its_other_senses_holds_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = {p for p in _coerced(facts_of, text) if p[1] in {"Olaf Brenner", "Ana Ruiz", "Peru"}}
    assert not {p for p in found if p[0] == "Chile" or p[0] == "Ana Ruiz"}


def test_held_responsible_stays_an_accusation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile held Peru responsible for the attack.")
    events = [e for e in facts.events if e.kind is EventKind.CONFLICT]
    assert events and all(e.type == "accuse" for e in events)
