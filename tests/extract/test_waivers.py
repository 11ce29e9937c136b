"""A waiver of sanctions eases them for whoever it is granted to (CAMEO 085): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington granted Ankara a sanctions waiver.", ("United States", "Turkey")),
        ("Canada issued a waiver to Ghana on Monday.", ("Canada", "Ghana")),
        ("Japan renewed its sanctions waiver for India in May.", ("Japan", "India")),
        ("Iraq was granted a waiver by the United States.", ("United States", "Iraq")),
        ("France gave Chad an exemption from the embargo.", ("France", "Chad")),
    ],
)
def test_a_waiver_granted_eases_the_measure(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.COOPERATION)
    assert "085" in {e.cameo for e in facts.events}


@pytest.mark.parametrize(
    "text",
    [
        "Britain granted Ghana a tax exemption.",  # no sanction
        "India received a fee waiver from the World Bank.",
        "Washington refused to grant Ankara a sanctions waiver.",  # not granted
    ],
)
def test_no_waiver_of_a_sanction_granted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
