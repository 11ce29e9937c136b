"""Unnamed groups found word by word: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Twenty-five rebels were killed by soldiers near the border.", "group/rebels-"),
        ("Thirty-two militants were arrested by police on Monday.", "group/militants-"),
        ("Some 40 insurgents were captured by troops in the hills.", "group/insurgents-"),
    ],
)
def test_a_counted_group_is_named_without_its_count(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    targets = {
        p.actor
        for e in facts_of(text).events
        if e.kind is EventKind.CONFLICT
        for p in e.participants
        if p.role == "target"
    }
    assert len(targets) == 1 and next(iter(targets)).startswith(group)
