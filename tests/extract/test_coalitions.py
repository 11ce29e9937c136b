"""Coalitions and governments formed between parties: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("The Social Democrats formed a government with the Greens in 2002.", "Social Democrats", "Greens"),
        ("Labour and the Liberal Democrats formed a government in 1999.", "Labour Party", "Liberal Democrats"),
        ("The Centre Party went into coalition with the Green Party in 2006.", "Centre Party", "Green Party"),
        ("The Centre Party entered into a coalition with the Green Party.", "Centre Party", "Green Party"),
        ("The Farmers Party joined the governing coalition led by the Christian Democrats.",
         "Farmers Party", "Christian Democrats"),
        ("Denmark joined the coalition led by the United States.", "Denmark", "United States"),
        ("The Tory-Lib Dem coalition passed its first budget.", "Conservative Party", "Liberal Democrats"),
        ("The Green Party governed in coalition with the Social Democrats until 2010.",
         "Green Party", "Social Democrats"),
        ("Labour ruled in coalition with the Liberal Democrats.", "Labour Party", "Liberal Democrats"),
        ("The Greens shared power with the Social Democrats after the election.", "Greens", "Social Democrats"),
    ],
)  # fmt: skip
def test_parties_that_govern_together_cooperate(facts_of, text: str, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert (one, other) in found and (other, one) in found


@pytest.mark.parametrize(
    "text",
    [
        "The Socialists formed a government in 2004.",  # no partner
        "The Farmers Party refused to join the coalition led by the Christian Democrats.",
        "The coalition talks between the Civic Party and the Unity Party collapsed on Friday.",
        "The Greens ruled out a pact with the Conservatives.",
        "Tom Keane could form a coalition with the Greens after the election.",
        "The Green Party refused to share power with the Social Democrats.",
        "The Green Party shared power with the regions.",  # no partner named
        "The Green Party sat in opposition alongside the Social Democrats.",
    ],
)
def test_no_coalition_without_one_formed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
