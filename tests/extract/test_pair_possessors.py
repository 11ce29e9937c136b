"""Two owners of one event: "A and B's first encounter", "A and B's talks".

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lars Holm and Jan Nowak's first face-to-face encounter took place in Oslo.",
         pair("Lars Holm", "Jan Nowak")),
        ("Minister Ana Sousa and Minister Marta Cruz's talks ended on Friday.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Omar Diallo and President Yusuf Bello's meeting lasted two hours.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_a_pair_owns_the_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lars Holm and Jan Nowak's wife flew to Oslo on Monday.",
        "Lars Holm and Jan Nowak's planned meeting was called off.",
    ],
)
def test_no_meeting_of_the_pair(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
