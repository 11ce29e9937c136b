"""A person called by another person is a phone call told in the passive: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


def calls(facts_of, text: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    return [e.actors() for e in facts.events if e.kind is EventKind.PHONE_CALL and e.factual]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Hall was called by Maria Gomez on Tuesday.",
        "Peter Hall was called on Tuesday by his Spanish counterpart, Maria Gomez.",
        "Peter Hall was later called by Maria Gomez, who offered her support.",
    ],
)
def test_called_by_a_person_is_a_phone_call(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peter Hall", "Maria Gomez") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peter Hall was called a liar by Maria Gomez.",
        "Peter Hall was called to testify by Maria Gomez.",
        "Peter Hall was called to the podium by Maria Gomez.",
        "Peter Hall was called Pete by Maria Gomez.",
        "Peter Hall was not called by Maria Gomez on Tuesday.",
    ],
)
def test_no_call_when_more_follows_or_none_was_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peter Hall", "Maria Gomez") not in met_pairs(facts_of(text))
    assert not calls(facts_of, text)


def test_no_call_by_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not calls(facts_of, "Peter Hall was called by the committee on Tuesday.")
