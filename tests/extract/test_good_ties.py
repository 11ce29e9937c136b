"""Ties told good, or made or mended (kg.extract.good_ties): sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


def test_ties_with_several_partners_are_one_pair_each(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("Norway restored diplomatic ties with Chile and Peru."),
                     EventKind.COOPERATION)  # fmt: skip
    assert {("Norway", "Chile"), ("Norway", "Peru")} <= pairs
    assert ("Chile", "Peru") not in pairs  # the partners have no ties with each other
    pairs = directed(facts_of("Norway and Sweden restored ties with Chile."), EventKind.COOPERATION)
    assert {("Norway", "Chile"), ("Sweden", "Chile")} <= pairs
    assert ("Norway", "Sweden") not in pairs


def test_welcoming_ones_own_ties(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway welcomed the resumption of diplomatic ties with Chile, Peru and Cuba.")
    pairs = directed(facts, EventKind.COOPERATION)
    assert {("Norway", "Chile"), ("Norway", "Peru"), ("Norway", "Cuba")} <= pairs
    assert not {("Chile", "Peru"), ("Peru", "Cuba"), ("Chile", "Cuba")} & pairs
    # ties between others are theirs
    pairs = directed(facts_of("Norway welcomed a resumption of ties between Chile and Peru."),
                     EventKind.COOPERATION)  # fmt: skip
    assert ("Chile", "Peru") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's restoration of ties with Togo was welcomed in the region.",
        "Ghana's resumption of diplomatic relations with Togo surprised analysts.",
        "Ghana's normalization of ties with Togo ended a long feud.",
    ],
)
def test_whose_mending_noun_it_is_mends_ties(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperated(facts_of, text)
    assert ("Ghana", "Togo") in pairs or ("Togo", "Ghana") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The restoration of ties between Ghana and Togo is not expected soon.",
        "A possible restoration of ties between Ghana and Togo was discussed.",
        "Ghana proposed the normalisation of relations with Togo.",
        "There was no resumption of ties between Ghana and Togo.",
    ],
)
def test_a_mending_noun_not_done_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Ghana and Togo were normalised in 1972.",
        "Diplomatic relations between Ghana and Togo were restored on Monday.",
        "Ties between Ghana and Togo were re-established last year.",
        "Ties with Togo were restored by Ghana after the talks.",
    ],
)
def test_ties_mended_in_the_passive(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Ghana and Togo were not restored.",
        "Relations between Ghana and Togo were strained by the dispute.",
        "Ties between Ghana and Togo could be restored next year.",
    ],
)
def test_no_passive_mending_that_did_not_happen(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo") not in directed(facts_of(text), EventKind.COOPERATION)
