"""A verb's object told after a date between them ("condemned on Monday X's
decision") is still its object (kg.language.dated_objects): sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "agent", "target", "kind"),
    [
        (
            "Chile condemned on Monday Peru's decision to close the border.",
            "Chile",
            "Peru",
            EventKind.CONFLICT,
        ),
        (
            "The African Union criticised on Friday Ethiopia's deployment of troops along the border.",
            "African Union",
            "Ethiopia",
            EventKind.CONFLICT,
        ),
        (
            "Brazil rejected on Tuesday Argentina's proposal for new tariffs.",
            "Brazil",
            "Argentina",
            EventKind.CONFLICT,
        ),
        (
            "Chile praised on Monday Peru's decision to reopen the border.",
            "Chile",
            "Peru",
            EventKind.COOPERATION,
        ),
    ],
)
def test_the_phrase_after_the_date_is_the_object(
    facts_of, text: str, agent: str, target: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), kind)


def test_a_person_met_after_the_date(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chilean President Ana Torres met on Tuesday Peru's foreign minister, Luis Vega."
    )
    assert pair("Ana Torres", "Luis Vega") in met_pairs(facts) or pair(
        "Ana Torres", "Peru"
    ) in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        # the date owns the phrase: what was voted on is the budget, no one's act
        "Parliament voted on Monday's budget.",
        # all of the phrase is a date
        "Chile condemned the attack on Monday night.",
    ],
)
def test_a_date_that_owns_its_phrase_is_left_alone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT)
