"""An object pronoun of a participle is not the participle's understood subject:
"A wrote to B accusing him" is B. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.actors import resolve_actors
from kg.language.mentions import find_mentions
from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mr Hamish Dunmore said the plan was wrong. Ann Pollard wrote to Mr Rellick on "
            "Friday accusing him of misleading voters.",
            ("Ann Pollard", "Rellick"),
        ),
        (
            "Ann Pollard wrote to Tom Rellick on Friday, accusing him of lying.",
            ("Ann Pollard", "Tom Rellick"),
        ),
        (
            "Tom Brant spoke first. Ann Pollard phoned Tom Rellick, accusing him of betrayal.",
            ("Ann Pollard", "Tom Rellick"),
        ),
        (
            "Tom Brant wrote to Tom Rellick and criticised him for the delay.",
            ("Tom Brant", "Tom Rellick"),
        ),
    ],
)
def test_the_object_of_a_participle_is_the_one_just_named(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in got
    assert not {(a, b) for a, b in got if b in {"Hamish Dunmore", "Tom Brant"}}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tom Brant said Ann Pollard had praised him.", ("Ann Pollard", "Tom Brant")),
        (
            "Tom Brant said on Monday that Ann Pollard had criticised him.",
            ("Ann Pollard", "Tom Brant"),
        ),
    ],
)
def test_a_clause_with_its_own_subject_may_mean_the_speaker(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    got = directed(facts, EventKind.CONFLICT) | directed(facts, EventKind.COOPERATION)
    assert pair in got


@pytest.mark.parametrize(
    ("text", "pronoun_is"),
    [
        (
            "Tom Brant said the plan was wrong. Ann Pollard wrote to Mr Rellick on Tuesday, "
            "asking for him to step down.",
            "person/rellick",
        ),
        (
            "Tom Brant said the plan was wrong. Ann Pollard called for him to resign.",
            "person/tom-brant",
        ),
        (
            "Ann Pollard met Tom Rellick on Monday and asked for him to stay.",
            "person/tom-rellick",
        ),
    ],
)
def test_who_calls_for_him_to_act_is_not_him(nlp, text: str, pronoun_is: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    mentions = find_mentions(doc)
    actors = resolve_actors(doc, mentions)
    [him] = [m for m in mentions if m.text == "him"]
    assert actors.at(him.start) == pronoun_is


def test_him_is_the_one_written_to_when_the_model_missed_his_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "First Minister Tom McKenna said the ferry would be sold. Mr MacLeod said the "
        "first minister was wrong. Ann Pollard wrote to Mr McKenna on Friday, accusing him of "
        "misleading voters."
    )
    assert ("Ann Pollard", "Tom McKenna") in directed(facts_of(text), EventKind.CONFLICT)
