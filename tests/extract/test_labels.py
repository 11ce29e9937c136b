"""Name-calling and hostile judgements of an actor: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Lind called the Liberal Party's plan a mistake.", ("Tomas Lind", "Liberal Party")),
        ("Tomas Lind branded Peter Holm a danger to peace.", ("Tomas Lind", "Peter Holm")),
        ("Tomas Lind described the Liberal Party as reckless.", ("Tomas Lind", "Liberal Party")),
        (
            'Tomas Lind calls China\'s policy "a turn in the wrong direction."',
            ("Tomas Lind", "China"),
        ),
    ],
)
def test_a_name_that_condemns_is_criticism(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Lind called Peter Holm a friend.",
        "Tomas Lind did not call the Liberal Party's plan a mistake.",
        "Tomas Lind called on China to end the threat.",
    ],
)
def test_a_name_that_does_not_condemn_is_not(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.type == "criticise" for e in facts_of(text).events)
