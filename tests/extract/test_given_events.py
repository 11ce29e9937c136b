"""An event named as the subject of a clause about its effects took place: the
clause's negation, modal or future is not the event's."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Anna Roset and Pavel Linde did not change Zarnia's policy.",
        "The talks between Anna Roset and Pavel Linde never produced a deal.",
        "Anna Roset's phone call with Pavel Linde did not resolve the dispute.",
        "The talks between Anna Roset and Pavel Linde may have eased tensions.",
        "The summit of Anna Roset and Pavel Linde will be remembered as a turning point.",
        "Last week's summit between Anna Roset and Pavel Linde could reshape the region.",
        "The recent talks between Anna Roset and Pavel Linde might prove decisive.",
        "The talks between Anna Roset and Pavel Linde could not have gone better.",
    ],
)
def test_an_event_told_of_took_place(facts_of, text: str) -> None:
    assert pair("Anna Roset", "Pavel Linde") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Anna Roset and Pavel Linde did not take place.",
        "The meeting between Anna Roset and Pavel Linde never happened.",
        "The talks between Anna Roset and Pavel Linde did not go ahead.",
        "The summit between Anna Roset and Pavel Linde did not come off.",
        "The talks between Anna Roset and Pavel Linde did not begin on Monday.",
        "A meeting between Anna Roset and Pavel Linde may take place next week.",
        "A meeting between Anna Roset and Pavel Linde could have averted the crisis.",
        "The talks between Anna Roset and Pavel Linde will focus on trade.",
        "The talks between Anna Roset and Pavel Linde might have been postponed.",
        "Did the talks between Anna Roset and Pavel Linde produce a breakthrough?",
        "If the talks between Anna Roset and Pavel Linde fail, Zarnia will impose sanctions.",
    ],
)
def test_an_event_not_held_stays_unheld(facts_of, text: str) -> None:
    assert pair("Anna Roset", "Pavel Linde") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ann Vale did not sign the deal after two days of talks with Tom Reyes.", "Ann Vale",
         "Tom Reyes"),
        ("Danish and Swedish officials failed to agree on the plan after nine hours of "
         "talks in Oslo.", "Denmark", "Sweden"),
        ("Ann Vale did not back the plan despite her meeting with Tom Reyes.", "Ann Vale",
         "Tom Reyes"),
    ],
)  # fmt: skip
def test_talks_in_a_phrase_that_takes_them_for_granted_took_place(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in met_pairs(facts_of(text))


def test_the_verbs_own_meeting_stays_negated(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Vale did not meet Tom Reyes after the summit.")
    assert pair("Ann Vale", "Tom Reyes") not in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Officials of Morocco and Algeria failed to agree on the border during talks in "
         "Geneva.", "Morocco", "Algeria"),
        ("Kenya and Uganda did not sign a deal during their talks in Kampala.", "Kenya",
         "Uganda"),
        ("Peru's minister Ana Ruiz did not raise the dispute during her talks with Chile's "
         "president.", "Ana Ruiz", "Chile"),
    ],
)  # fmt: skip
def test_talks_during_which_something_was_not_done_took_place(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda could agree on a deal during talks next week.",
        "Kenya and Uganda will not meet during the summit.",
    ],
)
def test_talks_still_to_come_or_a_meeting_denied_are_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Kenya", "Uganda") not in met_pairs(facts_of(text))
