"""The general words about what actors say and do are well-formed data."""

from __future__ import annotations

import pytest

from kg.language import event_words
from tests.helpers import coded

WORD_LISTS = [
    name for name, value in vars(event_words).items()
    if name.isupper() and isinstance(value, frozenset) and name != "MEDIA_NAMES"
]  # fmt: skip


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_are_lower_case_words(name: str) -> None:
    words = getattr(event_words, name)
    assert words and all(w == w.lower() and w.strip() == w and w for w in words)


def test_media_names_are_written_as_names() -> None:
    assert all(n[:1].isupper() for n in event_words.MEDIA_NAMES)


def test_ideas_are_owned_and_speech_nouns_are_not_verbs() -> None:
    assert event_words.IDEA_NOUNS <= event_words.OWNED_NOUNS
    assert "say" in event_words.SPEECH_VERBS and "speech" in event_words.SPEECH_NOUNS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile was contemptuous of Peru's proposal.", ("Chile", "Peru")),
        ("Chile was dismissive of Peru's concerns.", ("Chile", "Peru")),
        ("Chile's minister Ana Ruiz was scornful of Peru's offer.", ("Ana Ruiz", "Peru")),
    ],
)
def test_scorn_for_someone_is_disapproval(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "111") in coded(facts_of, text)


@pytest.mark.parametrize("text", ["Peru was dismissive of the plan.", "The minister was scathing."])
def test_scorn_for_no_one_is_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile occupied parts of Peru in 2020.", ("Chile", "Peru")),
        ("Ethiopia annexed part of Somalia in 1960.", ("Ethiopia", "Somalia")),
        ("Iraq occupied portions of Kuwait.", ("Iraq", "Kuwait")),
        ("Ethiopia occupied a slice of Eritrea.", ("Ethiopia", "Eritrea")),
    ],
)
def test_a_part_of_a_country_is_that_country_s(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    from kg.records import EventKind
    from tests.helpers import directed

    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not occupy parts of Peru.",  # negated
        "Students occupied parts of the campus.",  # no state's land
    ],
)
def test_no_part_taken_when_none_is(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed

    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The EU mission is designed to support Mali.",
        "The EU mission was designed to train Malian troops.",
        "The UN force was designed to protect Kosovo.",
    ],
)
def test_what_a_thing_is_designed_to_do_is_not_done(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    from kg.records import EventKind
    from tests.helpers import directed

    assert not directed(facts_of(text), EventKind.COOPERATION)
    assert directed(facts_of(text), EventKind.COOPERATION, factual_only=False)
