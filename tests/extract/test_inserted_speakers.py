"""A speaker set between commas inside what is said ("A, B told reporters, had
lied"): B speaks, of A. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import speakers


def _said_of(facts, speaker: str) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k]
        for e in facts.events
        if e.kind is EventKind.STATEMENT and e.factual
        if any(names[s] == speaker for s in e.actors("speaker"))
        for k in e.actors("topic")
    }


@pytest.mark.parametrize(
    ("text", "speaker", "about"),
    [
        ("Marco Ruiz, Tomas Lind told reporters, had lied.", "Tomas Lind", "Marco Ruiz"),
        ("Marco Ruiz, Tomas Lind told the BBC, had misled voters.", "Tomas Lind", "Marco Ruiz"),
        ("Tomas Lind, Anna Kell said, is a liar.", "Anna Kell", "Tomas Lind"),
        (
            "Tomas Lind, Anna Kell told reporters on Monday, is a liar.",
            "Anna Kell",
            "Tomas Lind",
        ),
        (
            "Halvorsen Holdings, Kestrel Insurance said in a statement, had overstated its "
            "profits.",
            "Kestrel Insurance",
            "Halvorsen Holdings",
        ),
    ],
)
def test_the_name_before_the_speaker_is_what_is_said_of(  # type: ignore[no-untyped-def]
    facts_of, text: str, speaker: str, about: str
) -> None:
    facts = facts_of(text)
    assert speakers(facts) == {speaker}
    assert about in _said_of(facts, speaker)


def test_a_parataxis_speaker_keeps_the_clause_around_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Marco Ruiz, Tomas Lind said, had lied to parliament.")
    assert speakers(facts) == {"Tomas Lind"}
    assert _said_of(facts, "Tomas Lind") == {"Marco Ruiz"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition that describes, and a speaker with a reported clause of its own
        ("Marco Ruiz, the prime minister, told reporters that Tomas Lind had lied.", {"Marco Ruiz"}),
        ("Tomas Lind said Marco Ruiz had lied.", {"Tomas Lind"}),
        ('"Marco Ruiz has misled the country," Tomas Lind said.', {"Tomas Lind"}),
        ("Marco Ruiz told Tomas Lind, who had arrived on Monday, that the deal was dead.",
         {"Marco Ruiz"}),
    ],
)  # fmt: skip
def test_other_speakers_are_as_parsed(facts_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected
