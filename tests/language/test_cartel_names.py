"""The proper name before "cartel" and the kind are one group's name: sentences
written for these tests (invented names)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Mexican troops fought the Gulf cartel near the border.", "Mexico", "Gulf cartel"),
        ("Soldiers clashed with the Moreno cartel on Monday.", "Soldiers", "Moreno cartel"),
        ("The army accused the Vesk cartel of killing soldiers.", "army", "Vesk cartel"),
    ],
)
def test_the_cartel_is_the_party(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Vesk cartel bosses met on Monday.",  # the kind modifies a noun after it
        "Opec's cartel raised output on Monday.",  # a known body's own
        "The Opec cartel raised output on Monday.",
    ],
)
def test_no_cartel_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a.name.endswith("cartel") for a in facts_of(text).actors)
