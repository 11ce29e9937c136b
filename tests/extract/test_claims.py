"""Who reports a clause: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Officials said Ann Vale met Luis Mora on Monday.", None),  # no one named
        # those who rule from a capital are its state's (kg.language.seated_rulers)
        ("Officials in Oslo said Ann Vale met Luis Mora on Monday.", "country/NOR"),
        ("Tom Rice said Ann Vale met Luis Mora on Monday.", "person/tom-rice"),
        ("Ann Vale met Luis Mora on Monday, Tom Rice told reporters.", "person/tom-rice"),
        ("Ann Vale met Luis Mora on Monday.", None),
        ("Ann Vale said she met Luis Mora on Monday.", None),  # her own meeting: asserted
    ],
)
def test_the_claimant_of_a_reported_meeting(facts_of, text: str, claimant: str | None) -> None:  # type: ignore[no-untyped-def]
    [event] = [e for e in facts_of(text).events if e.kind is EventKind.MEETING]
    assert event.claimed_by == claimant
