"""Ultimatums: a demand with a penalty as its alternative is a threat against whom
it is put to (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia told Georgia to withdraw its troops or face consequences.", ("Russia", "Georgia")),
        ("Chile said Peru must pull back its ships or face military action.", ("Chile", "Peru")),
        ("Ghana warned Togo that it would face serious consequences.", ("Ghana", "Togo")),
        ("Norway told Iceland to stop whaling or face sanctions.", ("Norway", "Iceland")),
    ],
)  # fmt: skip
def test_a_demand_or_a_penalty_is_a_threat(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "130") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not tell Georgia to withdraw or face consequences.",  # negated
        "Ghana warned Togo that it would face a long recession.",  # no penalty
        "Chile told Peru to pull back or face action from the United Nations.",  # another's
        "Norway said Iceland would face consequences.",  # a forecast, told to no one
        "Russia told Georgia to withdraw its troops.",  # a bare request
    ],
)
def test_no_ultimatum(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    threats = [e for e in facts_of(text).events if e.type == "threaten" and e.factual]
    assert not threats
    assert not directed(facts_of(text), EventKind.CONFLICT) or "United Nations" in text


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile gave Peru 48 hours to withdraw its troops.", ("Chile", "Peru")),
        ("Ghana gave Togo ten days to release the hostages.", ("Ghana", "Togo")),
        ("Norway gave Iceland a week to pull out its ships.", ("Norway", "Iceland")),
    ],
)
def test_a_deadline_to_do_what_is_demanded_is_a_threat(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "130") in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile gave Peru a week to think about the offer.", set()),  # no demand
        ("Chile did not give Peru 48 hours to withdraw its troops.", set()),
        # an envoy's hours to leave are an expulsion
        ("Chile gave Peru's ambassador 48 hours to leave.", {("Chile", "Peru", "166")}),
    ],
)
def test_time_given_without_an_ultimatum(
    facts_of, text: str, expected: set[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == expected
