"""A verb's object told after a date between them ("condemned on Monday X's
decision") is still its object (kg.language.dated_objects): sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.language.dated_objects import repair_dated_objects
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


def test_a_date_that_owns_its_phrase_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    # "on Monday's budget": the date owns the phrase, which stays the object of "on"
    doc = nlp("Parliament argued on Monday's budget.")
    repair_dated_objects(doc)
    assert [t.text for t in doc if t.dep_ == "dobj"] == []


def test_a_phrase_that_is_all_date_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile protested on Monday night.")
    repair_dated_objects(doc)
    assert [t.text for t in doc if t.dep_ == "dobj"] == []


def test_the_date_becomes_the_object_of_on(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chile condemned on Monday Peru's decision to close the border.")
    assert repair_dated_objects(doc) == 1
    by_text = {t.text: t for t in doc}
    assert by_text["decision"].dep_ == "dobj" and by_text["decision"].head.text == "condemned"
    assert by_text["Monday"].dep_ == "pobj" and by_text["Monday"].head.text == "on"
