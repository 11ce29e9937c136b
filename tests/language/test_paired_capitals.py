"""Two capitals joined by a dash name their countries: "the Kyiv-Moscow talks".
Sentences written for these tests; names are invented."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kyiv-Moscow talks broke down on Friday.", pair("Ukraine", "Russia")),
        ("Washington-Beijing talks ended without agreement on Tuesday.",
         pair("United States", "China")),
        ("The Athens-Ankara talks on maritime borders stalled.", pair("Greece", "Turkey")),
        ("The Belgrade-Pristina talks collapsed on Thursday.", pair("Serbia", "Kosovo")),
    ],
)  # fmt: skip
def test_a_pair_of_capitals_meets(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Paris-Berlin rail line reopened on Monday.",
        "The Lisbon vision of Europe was discussed at the talks.",
        "The Kyiv-Moscow talks were postponed.",
    ],
)
def test_no_meeting_of_the_countries(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
