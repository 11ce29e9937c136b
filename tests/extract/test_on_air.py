"""A broadcaster or programme after "on" is where words are spoken, not whom they
are aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        '"Every one of them would serve well," ex-minister Tom Hale insisted on BBC Radio 4.',
        "Tom Hale insisted on Channel 4 News that the deal was dead.",
        "Tom Hale insisted on Sky News that nothing had been agreed.",
    ],
)
def test_the_programme_one_speaks_on_is_no_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tom Hale hit out at the Treasury on Sky News.", ("Tom Hale", "Treasury")),
        ("Ana Ruiz criticised Tom Hale on the radio.", ("Ana Ruiz", "Tom Hale")),
    ],
)
def test_whom_words_are_aimed_at_stays_the_target(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
