"""Decorations conferred in person: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Aldric decorated Marta Lindqvist with the Order of the Polar Star.",
         pair("King Aldric", "Marta Lindqvist")),
        ("Marta Lindqvist was decorated with the Order of Merit by President Ilona Sarvik.",
         pair("Ilona Sarvik", "Marta Lindqvist")),
        ("President Ilona Sarvik conferred the Order of the Lion on Joren Vasko.",
         pair("Ilona Sarvik", "Joren Vasko")),
        ("President Ilona Sarvik bestowed the Order of the Lion upon Joren Vasko.",
         pair("Ilona Sarvik", "Joren Vasko")),
        ("Marta Lindqvist awarded Joren Vasko the Order of Merit at the palace.",
         pair("Marta Lindqvist", "Joren Vasko")),
    ],
)  # fmt: skip
def test_a_decoration_conferred_meets(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist was decorated with the Order of Merit in 1998.",  # no giver
        "The Order of Merit was conferred on Marta Lindqvist by the parliament.",  # a body
        "Joren Vasko was posthumously awarded the medal by Marta Lindqvist.",
        "The judge awarded Joren Vasko damages of 5,000 euros.",  # no honour
        "The committee awarded Marta Lindqvist the prize.",
        "Marta Lindqvist decorated the hall with flowers.",
    ],
)
def test_no_giver_in_person_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text), factual_only=False) == set()
