"""A quarrel set off by a deed has the deed's doer as one side (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lithuania opened a Taiwanese office, sparking a diplomatic row with China.",
         ("China", "Lithuania")),
        ("Ukraine's decision to close the pipeline sparked a row with Hungary.",
         ("Ukraine", "Hungary")),
        ("Croatia's decision to build a bridge triggered a dispute with Bosnia.",
         ("Bosnia", "Croatia")),
        ("Denmark widened its fishing zone on Monday, provoking a spat with Iceland.",
         ("Iceland", "Denmark")),
    ],
)  # fmt: skip
def test_sparked_quarrel(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Spain did not spark a row with Portugal.", ("Spain", "Portugal")),
        ("The decision sparked a debate in Finland.", ("Finland", "Finland")),
        ("Spain sparked a debate with Portugal over fishing quotas.", ("Spain", "Portugal")),
    ],
)  # fmt: skip
def test_no_sparked_quarrel(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)
