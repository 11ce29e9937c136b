"""A "call" that is a phone call with no partner on the noun: one had or held by a
pair, or one a clause happens in ("In a call on Tuesday, A and B agreed"); not an
appeal ("a call for calm").

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a call on Tuesday, Chancellor Peter Lind and President Elena Varga agreed to "
         "extend the truce.", pair("Peter Lind", "Elena Varga")),
        ("During a call on Friday, Minister Ana Sousa and Minister Marta Cruz agreed to reopen "
         "the border.", pair("Ana Sousa", "Marta Cruz")),
        ("In a call, Chancellor Peter Lind assured President Elena Varga that the truce would "
         "hold.", pair("Peter Lind", "Elena Varga")),
        ("Chancellor Peter Lind assured President Elena Varga in a call that the truce would "
         "hold.", pair("Peter Lind", "Elena Varga")),
    ],
)  # fmt: skip
def test_a_clause_in_a_call(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Peter Lind and President Elena Varga had a call on Monday.",
         pair("Peter Lind", "Elena Varga")),
        ("Chancellor Peter Lind and President Elena Varga had a 40-minute call on Monday.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa and Minister Marta Cruz held a lengthy call on Sunday.",
         pair("Ana Sousa", "Marta Cruz")),
    ],
)  # fmt: skip
def test_a_call_had_by_a_pair(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "In a call for calm, Chancellor Peter Lind urged President Elena Varga to withdraw.",
        "In his call to arms, Chancellor Peter Lind urged President Elena Varga to fight.",
        "Chancellor Peter Lind and President Elena Varga will have a call next week.",
        "In a call on Tuesday, Chancellor Peter Lind said the truce would hold.",
    ],
)
def test_no_call_between_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
