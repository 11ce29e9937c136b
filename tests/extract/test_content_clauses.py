"""Whom a complaint is about, told by its content clause (kg.extract.content_clauses):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister dismissed complaints by Peru that Chile was flooding markets with copper.",
            ("Peru", "Chile"),
        ),
        (
            "The bill passed amid criticism from Sweden that Denmark ignored the pact.",
            ("Sweden", "Denmark"),
        ),
        (
            "Aid talks stalled over accusations from Armenia that Azerbaijan shelled a village.",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Ecuador answered complaints by Colombia that Venezuela had armed the rebels.",
            ("Colombia", "Venezuela"),
        ),
    ],
)
def test_a_complaints_clause_hung_on_the_verb_names_its_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs the "that" clause of a complaint that is a verb's object on
    the verb; right after the noun's phrase it is still the complaint's."""
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador answered complaints from customers, and Peru said that Chile had left.",
        "Lena Brandt dismissed reports that she had met Chile's president.",
        "The complaints were filed by residents who said that the mill was noisy.",
    ],
)
def test_a_clause_away_from_the_complaint_names_no_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(b == "Chile" for _, b in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Criticism from Norway that Iceland had broken the quota deal was dismissed in Reykjavik.",
            ("Norway", "Iceland"),
        ),
        ("Complaints from Ghana that Togo had shut the road were ignored.", ("Ghana", "Togo")),
        (
            "Accusations by Poland that Belarus had sent migrants were denied.",
            ("Poland", "Belarus"),
        ),
    ],
)
def test_a_complaints_clause_read_as_a_relative_clause_names_its_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)
