"""Help a state warns it would withdraw is a threat, in sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Morocco warned Spain that it would stop policing its coast.", ("Morocco", "Spain")),
        ("Kenya warned Uganda that it would close the border.", ("Kenya", "Uganda")),
        ("Libya warned Italy it would stop cooperating on migration.", ("Libya", "Italy")),
        ("Belarus warned Poland that it would end its cooperation.", ("Belarus", "Poland")),
    ],
)
def test_withdrawn_help_is_a_threat(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Morocco warned Spain that it would not stop policing its coast.",
        "Peru warned Chile that it would close the gap.",
        "Kenya warned Uganda that prices would rise.",
        "Morocco said it would stop policing its coast.",
    ],
)
def test_no_help_withdrawn(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
