"""Names inside what is said that name no actor it is about: a chamber in a
person's title, a body naming where something was told, a faith, an inquiry or a
budget, a class of people in lower case. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


def _topics(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k] for e in facts.events if e.kind is EventKind.STATEMENT for k in e.actors("topic")
    }


@pytest.mark.parametrize(
    ("text", "topic", "not_topic"),
    [
        ("The Greens called for Senate leader Tom Reed to make a statement.", "Tom Reed", "Senate"),
        ("Ann Vale said Tom Reed, the Senate leader, had lied.", "Tom Reed", "Senate"),
        ("Ann Vale said Senate leader Tom Reed had misled the Kelby Council.", "Kelby Council",
         "Senate"),
    ],
)  # fmt: skip
def test_a_chamber_in_a_title_is_no_topic(facts_of, text: str, topic: str, not_topic: str) -> None:  # type: ignore[no-untyped-def]
    topics = _topics(facts_of(text))
    assert topic in topics
    assert not_topic not in topics


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("Ann Vale said the plans, revealed in a Senate written statement, would raise $5m.",
         "Senate"),
        ("Tom Reed said the new rules, revealed in a Senate written statement, would raise $5m "
         "for the clean-up programme.", "Senate"),
        ("Ann Vale said the fees, set out in a Kelby Council report, were too high.",
         "Kelby Council"),
        ("Tom Reed said the figures, published on the Kelby Council website, were wrong.",
         "Kelby Council"),
    ],
)  # fmt: skip
def test_a_body_naming_where_it_was_told_is_no_topic(facts_of, text: str, not_topic: str) -> None:  # type: ignore[no-untyped-def]
    assert not_topic not in _topics(facts_of(text))


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("The Kelby union said shop workers should be able to spend a break with their families.",
         "shop workers"),
        ("Tom Reed said nurses and shop workers would get a rise.", "shop workers"),
        ("Ann Vale said the man claimed he was acting in the name of Islam.", "Islam"),
        ("Ann Vale warned that the deletion of e-mails could harm probes like the Kelso Inquiry.",
         "Kelso Inquiry"),
        ("Ann Vale said the cost of the Kelso Inquiry was too high.", "Kelso Inquiry"),
        ("Tom Reed said the cuts were first announced in the Budget of 2003.", "Budget of 2003"),
    ],
)  # fmt: skip
def test_no_actor_is_no_topic(facts_of, text: str, not_topic: str) -> None:  # type: ignore[no-untyped-def]
    assert not_topic not in _topics(facts_of(text))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Ann Vale said the Senate had lied.", "Senate"),
        ("Ann Vale said the Kelby Herald had lied.", "Kelby Herald"),
        ("Ann Vale said the Kelso Commission had failed.", "Kelso Commission"),
        ("Ann Vale said the Kelby Council report was false.", "Kelby Council"),
        ("Ann Vale said Chilean President Tom Reed had lied.", "Chile"),
        ("Ann Vale said Azure Party leader Tom Reed had lied.", "Azure Party"),
        ("Ann Vale said Kelby Water boss Tom Reed's comments were wrong.", "Kelby Water"),
        ("Tom Reed said he had given evidence to the Kelso Inquiry.", "Kelso Inquiry"),
        ("Tom Reed said the Kelso Inquiry had cleared him.", "Kelso Inquiry"),
        ("Ann Vale said the Kelby Budget Office had erred.", "Kelby Budget Office"),
        ("Tom Reed criticised the plan on Radio Meridian's morning programme.", "Radio Meridian"),
    ],
)
def test_actors_stay_topics(facts_of, text: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    assert topic in _topics(facts_of(text))
