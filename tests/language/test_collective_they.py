"""A "they" or "their" that stands for one body (kg.language.collective_they):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "The European Union issued a statement on Friday. They condemned Belarus for"
            " the arrests.",
            "European Union",
            "Belarus",
        ),
        (
            "Hamas issued a statement on Sunday. They blamed Israel for the raid.",
            "Hamas",
            "Israel",
        ),
        (
            "The Chilean government summoned the Peruvian ambassador on Monday. They"
            " accused Bolivia of arming smugglers.",
            "Chile",
            "Bolivia",
        ),
        (
            "The Taliban released a statement on Monday. They accused Pakistan of"
            " shelling the border.",
            "Taliban",
            "Pakistan",
        ),
    ],
)
def test_they_after_one_body_is_that_body(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Hezbollah said on Tuesday they had fired rockets at Israel.", "Hezbollah", "Israel"),
        ("Hamas said on Monday that they had fired rockets at Israel.", "Hamas", "Israel"),
        ("Hezbollah said on Sunday that they had shelled Israel.", "Hezbollah", "Israel"),
    ],
)
def test_they_in_what_a_body_says_is_that_body(
    facts_of, text: str, agent: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # people the body sent are who "they" are
        (
            "The European Union sent observers to the vote. They accused Belarus of fraud.",
            "European Union",
            "Belarus",
        ),
        # two bodies in core roles: either
        (
            "NATO criticised Russia on Monday. They accused Ukraine of provocations.",
            "North Atlantic Treaty Organization",
            "Ukraine",
        ),
        (
            "NATO criticised Russia on Monday. They accused Ukraine of provocations.",
            "Russia",
            "Ukraine",
        ),
        # a person named in the sentence before
        (
            "The African Union's envoy, Ali Musa, visited Sudan. They accused Chad of arming"
            " rebels.",
            "African Union",
            "Chad",
        ),
    ],
)
def test_they_with_a_rival_is_no_body(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) not in directed(facts_of(text), EventKind.CONFLICT)


def test_they_after_two_countries_is_still_both(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("Britain and France met in Paris. They condemned Iran."), EventKind.CONFLICT
    )
    assert {("United Kingdom", "Iran"), ("France", "Iran")} <= found
