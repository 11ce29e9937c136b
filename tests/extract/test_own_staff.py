"""Suspending one's own people is no conflict with them: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Halvex Energy suspended its chief executive, Tom Brandt.",
        "The Velmar Party suspended two of its own members, Ann Holt and Raj Patel.",
    ],
)
def test_own_staff_suspended_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana suspended Togo from the regional bloc.", ("Ghana", "Togo")),
        # another's chief: "Zantel Mobile's", not "its"
        ("Kenya suspended Zantel Mobile's chief executive, Tom Brandt.", ("Kenya", "Tom Brandt")),
    ],
)
def test_others_suspended_still_are(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in pairs
