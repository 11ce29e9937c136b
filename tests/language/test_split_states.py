"""A split state's counted plural ("the two Koreas", "both Germanys") stands for its
two parts: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Officials of the two Koreas met at the border village on Tuesday.", ("North", "South")),
        ("Envoys of both Koreas held talks in Kaesong on Friday.", ("North", "South")),
        ("The two Koreas held talks at the border on Monday.", ("North", "South")),
    ],
)
def test_the_two_koreas_met(facts_of, text: str, parties: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*(f"{p} Korea" for p in parties)) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The two Koreas signed a fishing agreement on Monday.", "North Korea", "South Korea"),
        ("The two Germanys signed a transit treaty in 1971.", "East Germany", "West Germany"),
        ("Both Germanys signed the postal accord in 1970.", "East Germany", "West Germany"),
    ],
)
def test_the_two_parts_signed(facts_of, text: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(first, second) in cooperation_pairs(facts_of(text))


def test_both_koreas_speak(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = speakers(facts_of("Both Koreas said on Monday that the talks would go on."))
    assert {"North Korea", "South Korea"} <= found
    assert "Koreas" not in found


@pytest.mark.parametrize(
    "text",
    [
        # not counted: no pair said
        "The Koreas remain divided by a guarded border.",
        "Tourists from the Koreas visited the museum on Monday.",
    ],
)
def test_uncounted_plural_names_no_pair(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts) and not cooperation_pairs(facts)
    assert not directed(facts, EventKind.CONFLICT)
