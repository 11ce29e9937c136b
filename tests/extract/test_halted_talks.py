"""Negotiations halted tell the halt (CAMEO 164), not a meeting; talks walked out of or
interrupted were held, talks ended were held to their close (kg.extract.halted_talks).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "met", "halted"),
    [
        ("Peru suspended its talks with Chile on Monday.", False, True),
        ("Peru broke off negotiations with Chile on Monday.", False, True),
        ("Peru froze its dialogue with Chile after the raid.", False, True),
        ("Peru halted negotiations with Chile over the fishing dispute.", False, True),
        ("The talks between Peru and Chile were suspended on Thursday.", False, False),
        ("Peru may freeze its dialogue with Chile.", False, False),
        ("Peru did not break off negotiations with Chile.", False, False),
        ("Peru threatened to suspend talks with Chile.", False, False),
        # held: to their close, walked out of, interrupted, resumed
        ("Peru and Chile ended their talks in Lima on Friday.", True, False),
        ("Peru's delegation walked out of the talks with Chile.", True, True),
        ("Talks between Peru and Chile were interrupted by a fire alarm.", True, False),
        ("Peru resumed negotiations with Chile on Monday.", True, False),
    ],
)
def test_halted_talks_are_a_halt_and_no_meeting(facts_of, text: str, met: bool, halted: bool) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (pair("Peru", "Chile") in met_pairs(facts)) is met
    assert (("Peru", "Chile", "164") in coded(lambda _: facts, text)) is halted
