"""The repairs kg applies to the small model's output on news text."""

from __future__ import annotations

import pytest

from kg.language.nlp import prepare_text


def _ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.text, e.label_) for e in nlp(prepare_text(text)).ents]


def test_prepare_text_keeps_offsets() -> None:
    text = "\u201cNo,\u201d she said \u2014 firmly."
    assert len(prepare_text(text)) == len(text)
    assert prepare_text(text).startswith('"No,"')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trips in May \u2013 meeting the king", "trips in May , meeting the king"),
        ("a week away \u2014 holding talks", "a week away , holding talks"),
        ("a long-standing row - so far", "a long-standing row - so far"),  # no participle
        ("the Paris-bound train", "the Paris-bound train"),  # a hyphen
    ],
)
def test_a_spaced_dash_before_a_participle_reads_as_a_comma(text: str, expected: str) -> None:
    assert prepare_text(text) == expected and len(expected) == len(text)


def test_title_before_name_stays_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        prepare_text(
            "Secretary of Norway's Defence Council (NDC) Ola Berg made the remarks on Sunday."
        )
    )
    assert len(list(doc.sents)) == 1


def test_closing_quote_is_not_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text('He said it was "final." The talks ended.'))
    assert [s.text.strip() for s in doc.sents] == ['He said it was "final."', "The talks ended."]


def test_standing_groups_are_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "Envoys from Cuba and the P5+1 met IAEA inspectors and NATO officials.")
    texts = {t for t, _ in ents}
    assert {"P5+1", "IAEA", "NATO"} <= texts


def test_place_glued_to_name_is_split(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "Head of the mission in Geneva Petra Lindqvist said the talks would go on.")
    assert ("Petra Lindqvist", "PERSON") in ents
    assert not any("Geneva Petra" in t for t, _ in ents)


def test_job_title_is_not_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(
        nlp,
        "Chile's Permanent Representative to International Organizations in Geneva Tomas Reyes met them.",
    )
    assert not any(t.startswith("Permanent Representative") for t, _ in ents)
    assert ("Tomas Reyes", "PERSON") in ents


def test_topic_hashtag_is_not_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "She tweeted about the #GenevaTalks and #NATO on Monday.")
    texts = {t for t, _ in ents}
    assert "GenevaTalks" not in texts
    assert "NATO" in texts


def test_honorific_marks_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, "Mr Ortega said the budget was fair.")
    assert ("Ortega", "PERSON") in ents


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "European Commission President Ursula von der Leyen slammed the plan.",
            "Ursula von der Leyen",
        ),
        ("Rep. An Ho-young of the ruling party said so.", "An Ho-young"),
        ("Crown Prince Mohammed bin Salman met the envoy.", "Mohammed bin Salman"),
        ("The governor of the central bank, Ana Ruiz, and the minister met on Friday.", "Ana Ruiz"),
    ],
)
def test_names_the_model_cuts_or_misses_are_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.text for e in nlp(prepare_text(text)).ents if e.label_ == "PERSON"]
    assert name in people, people
