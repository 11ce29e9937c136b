"""Experts two nationalities send to a meeting are those countries: sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Egyptian and Ethiopian water experts met in Cairo on Sunday.", ("Egypt", "Ethiopia")),
        ("Peruvian and Chilean technical experts met in Lima.", ("Peru", "Chile")),
        ("Sudanese and South Sudanese engineers held talks in Juba.", ("Sudan", "South Sudan")),
        ("Talks between Indian and Chinese experts ended on Friday.", ("India", "China")),
    ],
)
def test_experts_of_two_nationalities_meeting_are_the_countries(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Water experts met in Cairo on Sunday.",
        "Egyptian water experts met in Cairo on Sunday.",  # one nationality: no side
        "Peruvian and Chilean scientists said the glacier was shrinking.",  # no meeting
    ],
)
def test_experts_of_one_nationality_or_not_meeting_are_no_sides(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)
    assert not {a.name for a in facts.actors} & {"Egypt", "Peru", "Chile"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz met IAEA inspectors on Tuesday.", pair("Ana Ruiz", "International Atomic Energy Agency")),
        ("Ana Ruiz met Human Rights Watch researchers.", pair("Ana Ruiz", "Human Rights Watch")),
        ("OSCE observers met Ana Ruiz in Tbilisi.",
         pair("Ana Ruiz", "Organization for Security and Co-operation in Europe")),
    ],
)  # fmt: skip
def test_inspectors_a_body_sends_meet_for_it(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text", ["Ana Ruiz met British inspectors.", "Ana Ruiz met election observers in Lima."]
)
def test_inspectors_of_a_nationality_or_a_kind_meet_for_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
