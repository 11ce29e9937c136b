"""The subject of a clause opened by "after" that the parser took for the opening
word's object: it, not the main clause's subject, acts."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        (
            "Chile recalled its ambassador after Peru accused Bolivia of spying.",
            ("Peru", "Bolivia"),
            ("Chile", "Bolivia"),
        ),
        (
            "Chile recalled its ambassador after Peru accused Ecuador of spying.",
            ("Peru", "Ecuador"),
            ("Chile", "Ecuador"),
        ),
        (
            "Chile's delegation walked out after Peru's envoy, Ana Ruiz, accused Bolivia of lying.",
            ("Ana Ruiz", "Bolivia"),
            ("Chile", "Bolivia"),
        ),
    ],
)
def test_the_opened_clause_has_its_own_subject(facts_of, text, pair, wrong) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in pairs
    assert wrong not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "After talks with Peru, Chile accused Bolivia of spying.",
        "Chile recalled its envoy and accused Bolivia of spying.",
        "Chile recalled its envoy after the talks, accused Bolivia of spying and left.",
    ],
)
def test_the_main_clause_keeps_its_subject(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Bolivia") in directed(facts_of(text), EventKind.CONFLICT)
