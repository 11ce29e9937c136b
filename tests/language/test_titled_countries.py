"""A ruler named only by a title and "of" a country stands for the country: "the
Emir of Kuwait received X", "an audience with the King of Jordan" (the model tags
the whole as a place or a person "King Jordan").

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Emir of Kuwait received President Elena Varga on Sunday.",
         pair("Kuwait", "Elena Varga")),
        ("President Elena Varga met the Sultan of Oman on Sunday.", pair("Oman", "Elena Varga")),
        ("The Queen of Denmark received President Elena Varga on Sunday.",
         pair("Denmark", "Elena Varga")),
        ("President Elena Varga had an audience with the King of Jordan on Sunday.",
         pair("Jordan", "Elena Varga")),
        ("President Elena Varga held talks with the King of Jordan on Sunday.",
         pair("Jordan", "Elena Varga")),
    ],
)  # fmt: skip
def test_a_ruler_of_a_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Aldo of Sweden met President Elena Varga on Sunday.",
         pair("King Aldo", "Elena Varga")),
        ("President Elena Varga met King Aldo of Sweden on Sunday.",
         pair("King Aldo", "Elena Varga")),
    ],
)  # fmt: skip
def test_a_named_ruler_stays_a_person(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


def test_a_ruler_of_no_country_named_is_nobody(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "President Elena Varga had an audience with the King on Sunday."
    assert met_pairs(facts_of(text)) == set()
