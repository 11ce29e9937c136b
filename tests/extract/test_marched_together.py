"""People of two parties who go or compete together (kg.extract.marched_together):
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Athletes of Serbia and Croatia marched together under one flag.", "Serbia", "Croatia"),
        ("Athletes from North Korea and South Korea marched together at the games.",
         "North Korea", "South Korea"),
        ("Athletes of Chad and Niger walked together at the games.", "Chad", "Niger"),
        ("Players from Chile and Peru competed together as one squad.", "Chile", "Peru"),
    ],
)  # fmt: skip
def test_people_of_two_parties_going_together_tie_the_parties(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Athletes of Serbia and Croatia did not march together.",
        "Athletes of Serbia and Croatia marched separately.",
        "Athletes of Serbia and Croatia will march together next year.",
        "Athletes of Serbia marched together under one flag.",
    ],
)
def test_no_march_together_no_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Serbia", "Croatia") not in cooperation_pairs(facts_of(text))
