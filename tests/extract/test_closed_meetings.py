"""The meeting a verb of ending closes when the meeting is its object, or the clause
above it held it, and the unnamed people of a meeting agreeing in its "with" clause:
the pact is the meeting's sides'. Sentences written for these tests; names invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The justice ministers of Austria and Slovenia ended their talks in Graz with an "
         "agreement to share court records.", [pair("Austria", "Slovenia")]),
        ("The farm ministers of Hungary and Romania wrapped up two days of talks with a "
         "commitment to fight crop disease.", [pair("Hungary", "Romania")]),
        ("The health chiefs of Belgium, Ireland and Portugal closed their meeting in Dublin "
         "with a joint pledge to buy vaccines together.",
         [pair("Belgium", "Ireland"), pair("Belgium", "Portugal"), pair("Ireland", "Portugal")]),
        ("Envoys of Malawi and Zambia concluded talks in Lusaka with a pledge to open a new "
         "road.", [pair("Malawi", "Zambia")]),
        ("Officials from Laos and Cambodia ended talks in Vientiane with an accord on river "
         "traffic.", [pair("Laos", "Cambodia")]),
    ],
)  # fmt: skip
def test_a_group_that_ends_its_talks_with_a_pact_made_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert all(p in found for p in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dutch and Danish water officials held three days of talks in Delft, ending with a "
         "memorandum on flood defences.", pair("Netherlands", "Denmark")),
        ("Kenyan and Tanzanian negotiators held talks in Arusha, ending with an agreement on "
         "cattle grazing.", pair("Kenya", "Tanzania")),
        ("Chilean and Bolivian diplomats held two rounds of talks in La Paz, concluding with "
         "a deal on water rights.", pair("Chile", "Bolivia")),
    ],
)  # fmt: skip
def test_talks_ending_with_a_pact_in_a_participle(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Norway-Iceland fisheries dialogue resumed in Reykjavik on Tuesday, with "
         "officials agreeing to share catch data.", pair("Norway", "Iceland")),
        ("The Greece-Cyprus energy talks ended in Nicosia with negotiators agreeing to "
         "build a pipeline.", pair("Greece", "Cyprus")),
        ("The Peru-Ecuador border talks closed in Quito on Friday, with delegates pledging "
         "to clear mines.", pair("Peru", "Ecuador")),
    ],
)  # fmt: skip
def test_unnamed_officials_of_a_meeting_agreeing(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials from Laos and Cambodia ended talks in Vientiane on Monday.",
         pair("Laos", "Cambodia")),
        ("The finance ministers of Latvia and Estonia concluded their two-day conference "
         "in Riga on Friday.", pair("Latvia", "Estonia")),
        ("The transport ministers of Austria and Slovakia opened their conference in "
         "Bratislava.", pair("Austria", "Slovakia")),
    ],
)  # fmt: skip
def test_a_group_that_ends_talks_or_its_conference_met(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The justice ministers of Austria and Slovenia ended their talks without an agreement.",
        "The justice ministers of Austria and Slovenia ended their talks with no pledge on "
        "court records.",
        "The justice ministers of Austria and Slovenia will end their talks with a pledge to "
        "share court records.",
        "Officials of Laos and Cambodia failed to agree on river traffic during talks in Hanoi.",
        "The Norway-Iceland dialogue resumed on Tuesday, with officials failing to agree on "
        "catch data.",
        "The Greece-Cyprus talks ended with Greek officials agreeing to send a report.",
        "The ministers of Latvia and Estonia held a news conference in Riga.",
        "The Norway-Iceland talks ended in Oslo with a pledge from Norway to share data.",
    ],
)  # fmt: skip
def test_no_pact_when_none_was_made_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of(text))


def test_a_news_conference_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The ministers of Latvia and Estonia ended their news conference in Riga."
    assert pair("Latvia", "Estonia") not in met_pairs(facts_of(text))
