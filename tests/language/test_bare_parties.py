"""Parties named by a bare plural of their family's label ("the Socialists"): actors
of no country, which make deals and reject them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, pair


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Prime Minister Ana Moreno's Socialists signed a coalition deal with the Greens on Monday.",
         ("Socialists", "Greens")),
        ("The Socialists and the Liberals agreed a budget pact on Tuesday.",
         ("Socialists", "Liberals")),
        ("The Greens signed a coalition agreement with the Liberals in Oslo.",
         ("Greens", "Liberals")),
        ("The Communists signed a coalition deal with the Nationalists.",
         ("Communists", "Nationalists")),
    ],
)  # fmt: skip
def test_a_bare_family_label_is_a_party_to_a_deal(facts_of, text: str, parties) -> None:  # type: ignore[no-untyped-def]
    assert pair(*parties) in cooperation_pairs(facts_of(text))


def test_a_bare_family_label_rejects(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Socialists rejected a coalition deal with the Greens on Monday.")
    assert ("Socialists", "Greens") in directed(facts, EventKind.CONFLICT)
    assert not cooperation_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Three Socialists signed a coalition deal with Peru on Monday.",
        "Socialists across Europe signed a pact with Peru.",
        "The greens of the course signed a pact with Peru.",
    ],
)
def test_members_or_words_are_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {n for p in cooperation_pairs(facts_of(text)) for n in p}
    assert not names & {"Socialists", "greens"}


def _keys(facts, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.key for a in facts.actors if a.name == name}


def test_a_bare_family_label_is_its_articles_own_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    one = facts_of("The Liberals signed a coalition deal with the Greens in Oslo. The Liberals "
                   "later accused the Greens of breaking it.")  # fmt: skip
    other = facts_of("The Liberals signed a budget pact with the Socialists in Lisbon.")
    assert len(_keys(one, "Liberals")) == len(_keys(other, "Liberals")) == 1
    assert not _keys(one, "Liberals") & _keys(other, "Liberals")
