"""A warning about a party (kg.extract.threats), told to no party or to one's own
people: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan warned its citizens about North Korea.", {("Japan", "North Korea")}),
        ("Canada warned the public about Iran.", {("Canada", "Iran")}),
        (
            "France and Germany warned their populations about Russia.",
            {("France", "Russia"), ("Germany", "Russia")},
        ),
        (
            "Norway and the government of Sweden warned their people about Russia.",
            {("Norway", "Russia"), ("Sweden", "Russia")},
        ),
    ],
)
def test_a_warning_about_a_party_told_to_no_party_opposes_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Japan warned its citizens about the typhoon.",  # no party
        "Japan warned its citizens about travel to North Korea.",  # about travel, not a party
    ],
)
def test_a_warning_about_no_party_opposes_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_a_warning_told_to_a_party_is_not_read_as_one_about_another(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Japan warned China about North Korea."), EventKind.CONFLICT)
    assert ("Japan", "North Korea") not in found
