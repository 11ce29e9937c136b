"""The subject swallowed by the phrase that opens a sentence: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.language.nlp import prepare_text
from kg.language.opening_subjects import repair_opening_subjects
from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("In talks brokered by Turkey, Moldova and Romania agreed to a new border regime.",
         ("Moldova", "Romania")),
        ("After negotiations mediated by Switzerland, Georgia and Armenia signed a transit "
         "accord.", ("Georgia", "Armenia")),
        ("Under a deal brokered by Qatar, Chad and Niger agreed to reopen the border.",
         ("Chad", "Niger")),
        ("At a summit hosted by Kenya, Uganda and Tanzania signed a pipeline treaty.",
         ("Uganda", "Tanzania")),
        ("Meeting in Vienna, Hungary and Slovakia agreed to share the river's water.",
         ("Hungary", "Slovakia")),
        # a post and its holder before the subject
        ("At a lunch hosted by the Swedish foreign minister, Ola Brenn, the leaders of "
         "Estonia and Latvia agreed to pool their air defences.", ("Estonia", "Latvia")),
        # the opening phrase's own list ends before the subject
        ("After talks mediated by Egypt and Jordan, Libya and Tunisia signed a trade pact.",
         ("Libya", "Tunisia")),
    ],
)  # fmt: skip
def test_the_pair_after_the_opening_phrase_cooperated(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    done = directed(facts, EventKind.COOPERATION)
    assert (sides[0], sides[1]) in done and (sides[1], sides[0]) in done
    broker = {a for a, _ in done} - set(sides)
    assert not broker  # the broker or host is no party to the deal


def test_the_host_is_not_the_subjects_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "At a lunch hosted by the Swedish foreign minister, Ola Brenn, the leaders of "
        "Estonia and Latvia agreed to pool their air defences."
    )
    assert ("Ola Brenn", "Estonia") not in affiliations(facts)
    assert ("Ola Brenn", "Sweden") in affiliations(facts)


def test_a_list_after_a_place_is_the_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    opposed = directed(
        facts_of("In Geneva, Canada, Norway and Denmark condemned Belarus."), EventKind.CONFLICT
    )
    assert opposed == {("Canada", "Belarus"), ("Norway", "Belarus"), ("Denmark", "Belarus")}


def test_persons_after_the_opening_phrase_met(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "At a summit hosted by President Ivo Marsh, Ana Ruiz and Tomas Lind met for the first time."
    )
    # the two met; the summit's host, who hosted them, meets each (GUIDELINES: a host
    # the text presents as hosting the meeting is a party)
    assert met_pairs(facts) == {
        pair("Ana Ruiz", "Tomas Lind"),
        pair("Ivo Marsh", "Ana Ruiz"),
        pair("Ivo Marsh", "Tomas Lind"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "In talks brokered by Egypt and Qatar, the truce was extended.",  # a subject of its own
        "Backed by Turkey and Qatar, the rebels attacked the city.",  # parsed right
        "In Geneva, Canada and Norway, the talks went on.",  # a subject of its own
        "The minister met Ana Ruiz, Tomas Lind and Ivo Marsh agreed.",  # no opening phrase
    ],
)
def test_a_parse_that_is_right_is_left_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    before = [(t.dep_, t.head.i) for t in doc]
    assert repair_opening_subjects(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_truce_not_agreed_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("In talks brokered by Turkey, Moldova and Romania did not agree to a truce.")
    assert not directed(facts, EventKind.COOPERATION)
