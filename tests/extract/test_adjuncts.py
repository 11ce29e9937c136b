"""When and where: the date and place phrases of an event (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        ("Peter Holm met Maria Berg in Vienna on Saturday.", "Saturday", "Vienna"),
        ("Peter Holm met Maria Berg last October at Geneva.", "last October", "Geneva"),
        ("Peter Holm met Maria Berg in Norway.", None, "Norway"),
        ("Peter Holm met Maria Berg during the summer.", "the summer", None),
    ],
)
def test_the_date_and_place_of_a_meeting(facts_of, text: str, date, place) -> None:  # type: ignore[no-untyped-def]
    [event] = [e for e in facts_of(text).events if e.kind is EventKind.MEETING]
    assert (event.date_text, event.place) == (date, place)
