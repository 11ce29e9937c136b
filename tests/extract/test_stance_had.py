"""Criticism told with "have" and a noun of a jab: "had a go at X", "had a dig at X"."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Senator Hugo Brandt had a go at Governor Ines Marr.",
        "Senator Hugo Brandt had a dig at Governor Ines Marr over taxes.",
        "Senator Hugo Brandt has had another swipe at Governor Ines Marr.",
        "Senator Hugo Brandt had a pop at Governor Ines Marr on Friday.",
    ],
)
def test_a_jab_had_at_someone_criticises_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Hugo Brandt", "Ines Marr") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Hugo Brandt had a go at fixing the roof.",  # a try
        "Senator Hugo Brandt had a go at the quiz with Governor Ines Marr.",  # a try, together
        "Senator Hugo Brandt did not have a go at Governor Ines Marr.",  # denied
    ],
)
def test_a_go_at_something_criticises_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
