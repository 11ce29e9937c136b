"""A quote standing alone whose speaker the next sentence names ("The words came
from X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not retreat." The words came from the defence minister of Norlandia, '
         "Tomas Lind.", "Tomas Lind"),
        ('"Marco Ruiz must go." The remarks came from Anna Kell.', "Anna Kell"),
        ('"Marco Ruiz must go." The comments were made by Anna Kell on Monday.', "Anna Kell"),
        ('"Marco Ruiz must go." The words were those of Anna Kell.', "Anna Kell"),
        ('"Marco Ruiz has lied to the nation." That was the verdict of Tomas Lind.',
         "Tomas Lind"),
        ('"We will fight on." The words came from Halvorsen Holdings.', "Halvorsen Holdings"),
    ],
)  # fmt: skip
def test_the_source_named_after_a_lone_quote_speaks_it(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts) == {speaker}
    said = [e for e in facts.events if e.kind is EventKind.STATEMENT and e.factual]
    assert said[0].quote is not None and said[0].quote.startswith(text[1:8])


def test_what_the_quote_names_is_its_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"Marco Ruiz must go." The remarks came from Anna Kell.')
    names = {a.key: a.name for a in facts.actors}
    topics = {names[k] for e in facts.events if e.kind is EventKind.STATEMENT
              for k in e.actors("topic")}  # fmt: skip
    assert topics == {"Marco Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        '"We will fight on." The words came from a song by Anna Kell.',  # a work, no actor
        '"We will fight on." The words did not come from Anna Kell.',  # denied
        '"We will fight on." The pressure came from Anna Kell.',  # no word for a saying
        "The money came from Norlandia.",  # no quote before
    ],
)
def test_no_speaker_without_a_lone_quote_and_a_named_source(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


def test_a_quote_with_its_own_speaker_is_left_to_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"We will fight on," Tomas Lind said. The words came from Anna Kell.')
    assert speakers(facts) == {"Tomas Lind"}
