"""Two titled names joined by "and" are two sides (kg.language.titled_pairs)."""

from __future__ import annotations

import pytest

from kg.language.titled_pairs import repair_titled_pairs
from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair

PAIRS = [
    "Labour peer Anna Hale and Unison boss Owen Tarrant met on Monday.",
    "Labour peer Ruth Dee and Unison boss Owen Tarrant met in Leeds.",
    "Labour MP Anna Butler-Hughes and SNP leader Owen Tarrant met at Holyrood.",
    "The talks between Labour peer Anna Hale and Unison boss Owen Tarrant ended late.",
]


@pytest.mark.parametrize("text", PAIRS)
def test_two_titled_names_both_take_part(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {n for p in met_pairs(facts_of(text)) for n in p}
    assert {"Owen Tarrant"} < names
    assert len(names) == 2


def test_two_titled_names_act_on_each_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tory peer Anna Hale and Unison boss Owen Tarrant criticised each other.")
    assert directed(facts, EventKind.CONFLICT) == {
        ("Anna Hale", "Owen Tarrant"),
        ("Owen Tarrant", "Anna Hale"),
    }


def test_each_keeps_its_own_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Labour MP Anna Hale and SNP leader Owen Tarrant met at Holyrood.")
    assert pair("Anna Hale", "Owen Tarrant") in met_pairs(facts)
    assert affiliations(facts) >= {
        ("Anna Hale", "Labour Party"),
        ("Owen Tarrant", "Scottish National Party"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Anna Hale and Owen Tarrant met on Monday.",  # no titles: nothing to mend
        "Labour MP Anna Hale met union boss Owen Tarrant.",  # no "and"
        "Foreign Minister Anna Hale and her deputy met Owen Tarrant.",  # no second name
    ],
)
def test_other_phrases_are_left_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    before = [(t.head.i, t.dep_) for t in doc]
    assert repair_titled_pairs(doc) == 0
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_the_repair_counts_the_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Labour peer Anna Hale and Unison boss Owen Tarrant met on Monday.")
    assert repair_titled_pairs(doc) == 1
    hale, tarrant = doc[3], doc[8]
    assert hale.dep_ == "nsubj" and tarrant.dep_ == "conj" and tarrant.head.i == hale.i


# Each name owned by a country or party ("A's X and B's Y"), which the parser nests
# the same way: the second owner coordinated under the first name.
OWNED_PAIRS = [
    "Chile's Ramon Ibarra and Argentina's Lucia Ferrer met at the border.",
    "Chile's President Ramon Ibarra and Argentina's President Lucia Ferrer met at the border.",
    "Chile's President Ramon Ibarra and Argentina's President Lucia Ferrer held talks.",
]


@pytest.mark.parametrize("text", OWNED_PAIRS)
def test_two_owned_names_both_take_part(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == {pair("Ramon Ibarra", "Lucia Ferrer")}
    assert affiliations(facts) >= {("Ramon Ibarra", "Chile"), ("Lucia Ferrer", "Argentina")}


def test_two_owned_names_act_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chile's President Ramon Ibarra and Argentina's President Lucia Ferrer criticised Bolivia."
    )
    assert directed(facts, EventKind.CONFLICT) == {
        ("Ramon Ibarra", "Bolivia"),
        ("Lucia Ferrer", "Bolivia"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Sony and Korea's Samsung signed a deal.",  # bodies, no people
        "Chile's Ramon Ibarra and Argentina's government met at the border.",  # one person
    ],
)
def test_no_owned_pair_of_people(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert repair_titled_pairs(nlp(text)) == 0
