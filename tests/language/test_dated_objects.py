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


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Serbia rejected on Friday European Union demands for sanctions.", "Serbia",
         "European Union"),
        ("Serbia rejected on Friday European Union demands for sanctions, the foreign ministry "
         "said.", "Serbia", "European Union"),
        ("Eritrea rejected on Friday African Union demands for a truce, saying they were "
         "biased.", "Eritrea", "African Union"),
        ("The rebel Unity Front rejected on Friday African Union demands for a truce, its "
         "leader said.", "Unity Front", "African Union"),
    ],
)  # fmt: skip
def test_a_name_after_the_date_owns_the_object(
    facts_of, text: str, agent: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


def test_the_day_is_split_off_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Serbia rejected on Friday European Union demands for sanctions.")
    repair_dated_objects(doc)
    by_text = {t.text: t for t in doc}
    assert by_text["Union"].dep_ == "compound" and by_text["Union"].head.text == "demands"
    assert by_text["Friday"].dep_ == "pobj" and by_text["Friday"].head.text == "on"
    assert "European Union" in {e.text for e in doc.ents}


def test_a_proposal_with_no_owner_after_the_date(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana rejected on Tuesday a proposal for a truce, the Nigerian envoy said."
    assert ("Ghana", "Nigeria") not in directed(facts_of(text), EventKind.CONFLICT)
