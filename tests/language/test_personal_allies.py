"""A person's allies are that person's tie, no actor of their own; a state's are a
group: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "The president's allies attacked the opposition leader, Ana Vale, on Monday.",
        "Mr Holt's allies criticised Gordon Brown on Monday.",
        "His allies criticised Chile on Monday.",
        "Washington froze the assets of the president's allies on Thursday.",
        "The prime minister's allies accused Ana Vale of lying.",
    ],
)
def test_a_persons_allies_are_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name.lower() for a in facts.actors}
    assert not any(n.endswith(("allies", "donors")) for n in names)
    assert not directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and its allies criticised Chile on Monday.",
        "America's allies criticised Chile on Monday.",
    ],
)
def test_a_states_allies_stay_a_group(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(agent.endswith("allies") for agent, _ in directed(facts, EventKind.CONFLICT))
