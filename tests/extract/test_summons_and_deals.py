"""Meetings and cooperation told by verbs that name neither (a summons for talks, a
measure joined, a deal acted under, a tender won): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Estonian Interior Minister Kalev Tamm summoned the Belarusian envoy, Pavel Zhuk, "
            "for talks in Tallinn.",
            "Kalev Tamm",
            "Pavel Zhuk",
        ),
        ("Chile summoned the Bolivian ambassador for consultations on Friday.", "Chile", "Bolivia"),
        (
            "Foreign Minister Ines Prado summoned Daniel Okafor, Nigeria's ambassador, "
            "for a meeting on Monday.",
            "Ines Prado",
            "Daniel Okafor",
        ),
    ],
)
def test_a_summons_for_talks_is_a_meeting(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile recalled its ambassador from Bolivia on Friday.",  # a rebuke, no one brought in
        "Chile did not summon the Bolivian ambassador for talks.",
    ],
)
def test_a_summons_without_talks_or_denied_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Bolivia") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway and Iceland agreed on Thursday to join U.S. restrictions on drone parts.",
            {pair("Norway", "United States"), pair("Iceland", "United States")},
        ),
        ("Peru joined Canada's sanctions on Venezuela.", {pair("Peru", "Canada")}),
        ("Austria will join the British embargo on Syria.", {pair("Austria", "United Kingdom")}),
    ],
)
def test_who_joins_a_measure_cooperates_with_its_owner(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= cooperation_pairs(facts_of(text), factual_only=False)


def test_a_measure_not_joined_is_no_cooperation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru refused to join Canada's sanctions on Venezuela.")
    assert pair("Peru", "Canada") not in cooperation_pairs(facts)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Spain reopened its border to Moroccan trucks under a transit deal signed with Rabat.",
            "Spain",
            "Morocco",
        ),
        (
            "Latvia reopened two crossings under an accord signed with Minsk last year.",
            "Latvia",
            "Belarus",
        ),
        (
            "Greece resumed ferry services under an arrangement signed with Ankara.",
            "Greece",
            "Turkey",
        ),
    ],
)
def test_the_party_acting_under_a_deal_cooperates_with_its_signatory(facts_of, text, a, b) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in cooperation_pairs(facts_of(text))


def test_a_deal_not_acted_under_is_no_cooperation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Fiji will not reopen its ports under the pact signed with Tonga.")
    assert pair("Fiji", "Tonga") not in cooperation_pairs(facts)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Nordbau Group won a tender to build a bridge for Estonia.", "Nordbau Group", "Estonia"),
        ("Kestrel Holdings won a tender to design a dam for Ghana.", "Kestrel Holdings", "Ghana"),
        (
            "Veltra Energy won a tender to supply turbines for Uruguay.",
            "Veltra Energy",
            "Uruguay",
        ),
    ],
)
def test_a_tender_won_is_work_for_whom_it_is_done(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in cooperation_pairs(facts_of(text))


def test_a_tender_lost_or_for_a_thing_is_no_cooperation(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of("Nordbau Group failed to win a tender for Estonia."))
    assert not cooperation_pairs(facts_of("Nordbau Group won a contract for a new bridge."))
