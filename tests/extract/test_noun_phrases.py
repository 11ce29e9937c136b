"""Trigger nouns of more than one word ("military action", "a bail-out", "a rescue
package"), a verb with its particle and object ("took up arms") and the threat to
do either: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.noun_phrases import first_words, phrase_words
from kg.extract.senses import trigger_nouns
from kg.records import EventKind
from tests.helpers import coded, directed


def test_a_phrase_row_is_split_as_the_tokenizer_splits_it() -> None:
    assert list(phrase_words("rescue+package")) == [("rescue", "package")]
    assert list(phrase_words("bail-outs")) == [("bail", "-", "outs")]
    assert list(phrase_words("aid")) == [("aid",)]


@pytest.mark.parametrize("kind", [EventKind.CONFLICT, EventKind.COOPERATION])
def test_the_particle_gate_holds_every_beginning_of_a_row(kind: EventKind) -> None:
    """Only a noun in :func:`first_words` has its particle read ("the shooting down of
    X"): every row of several words must begin with one of them, no one word is in it."""
    firsts = first_words(kind)
    rows = [w for w in trigger_nouns(kind) if " " in w]
    assert rows and all(w.rsplit(" ", 1)[0] in firsts for w in rows)
    assert "shooting" in first_words(EventKind.CONFLICT)
    assert not {"down", "action", "attack", "shooting down"} & first_words(EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile launched military action against Peru in May.", ("Chile", "Peru", "190")),
        ("Chile's military action against Peru drew protests.", ("Chile", "Peru", "190")),
        ("Military action by Chile against Peru began on Monday.", ("Chile", "Peru", "190")),
        ("Chile threatened military action against Peru.", ("Chile", "Peru", "130")),
        ("Chile threatened to take military action against Peru.", ("Chile", "Peru", "130")),
        ("Chile threatened to take up arms against Peru.", ("Chile", "Peru", "130")),
        ("The Halvor Front took up arms against Peru in 2001.", ("Halvor Front", "Peru", "190")),
    ],
)
def test_armed_action_named_by_a_phrase(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile ruled out military action against Peru.",
        "Chile opposed military action against Peru.",
        "Any military action against Peru would be a mistake, Chile said.",
        "Chile has never taken up arms against Peru.",
        "Chile took no action on the report about Peru.",  # "action" alone is no attack
    ],
)
def test_no_armed_action_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(
        c[:2] == ("Chile", "Peru") and c[2].startswith("19") for c in coded(facts_of, text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IMF approved a $3bn bail-out for Ghana.", ("International Monetary Fund", "Ghana")),
        (
            "The IMF agreed a bail-out for Ghana on Friday.",
            ("International Monetary Fund", "Ghana"),
        ),
        ("Ghana received a bail-out from the IMF.", ("International Monetary Fund", "Ghana")),
        ("The IMF offered a bail-out to Ghana in March.", ("International Monetary Fund", "Ghana")),
        ("The EU's rescue package for Ghana was approved.", ("European Union", "Ghana")),
        ("Germany offered a rescue package to Ghana.", ("Germany", "Ghana")),
        ("Japan's credit line to Ghana expired.", ("Japan", "Ghana")),
        ("Togo provided a safe haven for the Halvor Front.", ("Togo", "Halvor Front")),
        ("Togo offered safe haven to the Halvor Front.", ("Togo", "Halvor Front")),
        ("Togo granted diplomatic recognition to Ghana.", ("Togo", "Ghana")),
    ],
)
def test_aid_named_by_a_phrase(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana could offer a bail-out to Togo if asked.",
        "The government unveiled a rescue package for the car industry in Ghana.",
        "Ghana waited in line for credit from Togo.",  # not the phrase
        "Ghana became a safe haven for terrorists.",
        "Gold remained a safe haven for investors in Ghana.",
    ],
)
def test_no_aid_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid from Norway reached Ghana on Tuesday.", ("Norway", "Ghana")),
        ("Aid from Japan reached Peru after the quake.", ("Japan", "Peru")),
    ],
)
def test_aid_that_opens_its_sentence(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU adopted a new sanctions package against Belarus.", ("European Union", "Belarus")),
        ("Canada unveiled its third sanctions package on Iran.", ("Canada", "Iran")),
        ("Japan's sanctions package against Moscow took effect.", ("Japan", "Russia")),
    ],
)
def test_sanctions_named_by_a_phrase(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary vetoed the EU's sanctions package against Belarus.",
        "The EU may adopt a sanctions package against Belarus.",
        "The EU did not adopt a sanctions package against Belarus.",
    ],
)
def test_sanctions_package_not_imposed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("European Union", "Belarus") not in directed(facts_of(text), EventKind.CONFLICT)
