"""The subject after an opening phrase: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.fronted import repair_fronted_subjects
from kg.language.nlp import prepare_text
from kg.records import EventKind
from tests.helpers import met_pairs, pair, speakers


def _subject_after(nlp, text: str) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    repaired = repair_fronted_subjects(doc)
    root = next(iter(doc.sents)).root
    return repaired, [c.text for c in root.children if c.dep_ == "nsubj"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("After a meeting with Chancellor Ivo Marsh, Prime Minister Tomas Lind told "
         "reporters that trade was discussed.", "Lind"),
        ("After her call with Chancellor Ivo Marsh, President Ana Ruiz said the deal was "
         "close.", "Ruiz"),
        # read as the second item of a list "Marsh, Holm"
        ("After his call with Chancellor Ivo Marsh, Peter Holm flew home.", "Holm"),
    ],
)  # fmt: skip
def test_the_name_after_the_opening_phrase_is_the_subject(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert _subject_after(nlp, text) == (1, [subject])


def test_the_opening_phrase_of_a_later_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text("Tomas Lind spoke first. After her call with Chancellor Ivo Marsh, "
                           "President Ana Ruiz said the deal was close."))  # fmt: skip
    assert repair_fronted_subjects(doc) == 1
    root = list(doc.sents)[1].root
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == ["Ruiz"]
    assert next(c.text for c in root.children if c.dep_ == "prep") == "After"


@pytest.mark.parametrize(
    "text",
    [
        "After the talks, the minister, Ana Ruiz, said the deal was close.",  # her apposition
        "After talks with Chancellor Ivo Marsh, President Tomas Lind said the deal was close.",
        "In Paris, the president met Chancellor Ivo Marsh, Tomas Lind said.",
        "The president met Chancellor Ivo Marsh, Tomas Lind said.",  # no opening phrase
        "After talks with Ann Lee, Tom Ray and Bo Kim, Peter Holm flew home.",  # a list
    ],
)
def test_a_parse_that_is_right_is_left_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    before = [(t.dep_, t.head.i) for t in doc]
    assert repair_fronted_subjects(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_who_spoke_and_whom_they_called(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "After her call with Chancellor Ivo Marsh, President Ana Ruiz said the deal was close."
    )
    assert speakers(facts) == {"Ana Ruiz"}
    assert pair("Ana Ruiz", "Ivo Marsh") in met_pairs(facts)
    facts = facts_of(
        "After a meeting with Chancellor Ivo Marsh, Prime Minister Tomas Lind told "
        "reporters that trade was discussed."
    )
    assert speakers(facts) == {"Tomas Lind"}
    assert pair("Tomas Lind", "Ivo Marsh") in met_pairs(facts)
    assert {e.kind for e in facts.events} >= {EventKind.MEETING, EventKind.STATEMENT}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Peter Holm arrived on Monday. After his talks with Ivo Marsh, Tomas Lind said the "
         "deal was close.", ("Tomas Lind", "Ivo Marsh")),
        ("Peter Holm arrived on Monday. Following his meeting with Ivo Marsh, Tomas Lind "
         "flew home.", ("Tomas Lind", "Ivo Marsh")),
        ("Tomas Lind spoke first. After her call with Chancellor Ivo Marsh, President Ana "
         "Ruiz said the deal was close.", ("Ana Ruiz", "Ivo Marsh")),
        # no person follows: the one named before
        ("Peter Holm flew to Oslo. After his talks with Ivo Marsh, the ministry said the deal "
         "was close.", ("Peter Holm", "Ivo Marsh")),
    ],
)  # fmt: skip
def test_a_possessive_in_an_opening_phrase_is_the_subject_that_follows(
    facts_of, text, sides
) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair(*sides) in pairs
    assert len(pairs) == 1


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("During her visit to Lima, the Chilean foreign minister, Ana Ruiz, met Tomas Lind.",
         ("Ana Ruiz", "Tomas Lind")),
        ("During a visit to Kyiv, Germany's chancellor, Ivo Marsh, met Peter Holm.",
         ("Ivo Marsh", "Peter Holm")),
        ("After a meeting with Peter Holm, the Peruvian envoy, Ana Ruiz, said the deal was "
         "close.", ("Ana Ruiz", "Peter Holm")),
        # "on" opens a phrase too
        ("On a trip to Lima, Chile's foreign minister, Ana Ruiz, met Tomas Lind.",
         ("Ana Ruiz", "Tomas Lind")),
    ],
)  # fmt: skip
def test_a_post_and_its_holder_after_the_opening_phrase_are_the_subject(
    facts_of, text, sides
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # an apposition that names no post: a place's, not a subject
        "During a visit to Lima, the capital, Ana Ruiz, met Tomas Lind.",
        "On Monday, the foreign minister, Ana Ruiz, met Tomas Lind.",  # a subject of its own
    ],
)
def test_a_place_apposition_is_not_a_post(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    before = [(t.dep_, t.head.i) for t in doc]
    assert repair_fronted_subjects(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name with its post after it, read as a list item of the opening phrase
        ("In an interview with the Observer, Ines Marlow, the Dutch trade minister, said the "
         "Netherlands would cut tariffs.", "Ines Marlow"),
        ("At a news conference in Ankara, Selim Arkan, the Turkish envoy, said the talks had "
         "failed.", "Selim Arkan"),
        ("In a speech in Quito, Pablo Ferrer, the foreign minister, said Ecuador would not pay.",
         "Pablo Ferrer"),
        # an opening participle phrase
        ("Speaking to reporters in Quito, Pablo Ferrer, Ecuador's foreign minister, said Ecuador "
         "would not pay.", "Pablo Ferrer"),
    ],
)  # fmt: skip
def test_a_name_with_its_post_after_the_opening_phrase_speaks(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        # no one named before the verb: the officials speak, not the envoy in the phrase
        "Visiting the site with Selim Arkan, the Turkish envoy, officials said the dam was safe.",
        # a list of names with a post for all of them
        "After talks with Ann Lee, Tom Ray and Bo Kim, the envoys, Peter Holm said the deal was close.",
    ],
)
def test_a_name_in_the_opening_phrase_is_not_the_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    before = [(t.dep_, t.head.i) for t in doc]
    assert repair_fronted_subjects(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before
