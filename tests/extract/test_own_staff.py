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


@pytest.mark.parametrize(
    "text",
    [
        # the title with "its" hangs below the name
        "The Velmar Party suspended Ann Holt, its former leader.",
        "Halvex Energy suspended Tom Brandt, its chief executive, on Monday.",
    ],
)
def test_own_staff_named_before_the_title_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_a_member_suspended_with_its_officials_still_is(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("African Union", "Niger") in directed(
        facts_of("The African Union suspended Niger and its officials."), EventKind.CONFLICT
    )
