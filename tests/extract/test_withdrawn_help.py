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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain threatened to stop supporting Morocco unless the talks resumed.", ("Spain", "Morocco")),
        ("Japan threatened to end its support for the Philippines unless the vote was held.",
         ("Japan", "Philippines")),
        ("Germany threatened to stop backing Poland unless it changed course.", ("Germany", "Poland")),
        ("Norway warned that it would stop funding Sudan if the fighting went on.", ("Norway", "Sudan")),
    ],
)  # fmt: skip
def test_a_threat_to_stop_help_is_against_whom_it_helps(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.CONFLICT)
    assert expected not in directed(facts, EventKind.COOPERATION)  # the help is only threatened


@pytest.mark.parametrize(
    "text",
    [
        "Spain stopped supporting Morocco in 2019.",  # done, no threat
        "Spain threatened to stop the smuggling of arms through Morocco.",  # no help stopped
    ],
)
def test_no_threat_against_a_receiver_of_help_not_threatened(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Spain", "Morocco") not in directed(facts_of(text), EventKind.CONFLICT)
