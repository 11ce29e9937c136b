"""Backing told by "in support of", "came out for" and backing won: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Senator Ray Dunmore came out in support of Clara Mott yesterday.", "Ray Dunmore", "Clara Mott"),
        ("Ray Dunmore came out strongly in support of Clara Mott.", "Ray Dunmore", "Clara Mott"),
        ("Russia sent troops in support of the Syrian government.", "Russia", "Syria"),
        ("Ray Dunmore came out for Clara Mott on Sunday.", "Ray Dunmore", "Clara Mott"),
        ("The Farmers Union came out firmly behind the Labour Party.", "Farmers Union", "Labour Party"),
        ("Tom Keane picked up the support of the Steelworkers Federation on Thursday.",
         "Steelworkers Federation", "Tom Keane"),
        ("Tom Keane gained the backing of the Steelworkers Federation.", "Steelworkers Federation", "Tom Keane"),
        ("The Centre Party earned the backing of the Farmers Union in March.", "Farmers Union", "Centre Party"),
        ("The union leader, Dave Ormsby, threw his weight behind Clara Mott's leadership bid.",
         "Dave Ormsby", "Clara Mott"),
    ],
)  # fmt: skip
def test_backing_told_by_a_phrase(facts_of, text: str, backer: str, backed: str) -> None:  # type: ignore[no-untyped-def]
    assert (backer, backed) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of activists rallied in support of Clara Mott outside the town hall.",  # no one named
        "Ray Dunmore spoke in support of the plan.",  # no actor backed
        "Ray Dunmore refused to come out in support of Clara Mott.",  # refused
        "Ray Dunmore came out of the meeting with Clara Mott.",  # no backing
        "Tom Keane hopes to gain the backing of the Farmers Union next week.",  # hoped for
        "Holm Mining attracted investment from Japan.",  # only backing is won so
        "Voters backed Tom Keane in the by-election.",  # voters are no actor
    ],
)  # fmt: skip
def test_no_backing_without_a_named_backer(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
