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
        "Chile's Permanent Representative to International Organisations in Geneva Tomas Reyes met them.",
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
            "European Commission President Anna von der Berg slammed the plan.",
            "Anna von der Berg",
        ),
        ("Rep. Kim Ji-ho of the ruling party said so.", "Kim Ji-ho"),
        ("Crown Prince Mohammed bin Salman met the envoy.", "Mohammed bin Salman"),
        ("The governor of the central bank, Ana Ruiz, and the minister met on Friday.", "Ana Ruiz"),
    ],
)
def test_names_the_model_cuts_or_misses_are_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = [e.text for e in nlp(prepare_text(text)).ents if e.label_ == "PERSON"]
    assert name in people, people


def _starts_read_token_by_token(doc):  # type: ignore[no-untyped-def]
    """What the sentence-start rule says, reading every neighbour from the doc."""
    from kg.language.nlp import _CLOSERS, _ENDERS

    out: list[bool | None] = []
    for i, token in enumerate(doc):
        prev = doc[i - 1] if i else None
        if prev is None:
            out.append(True)
        elif "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            out.append(not token.is_space)
        elif token.is_space or (
            token.text in _CLOSERS and prev.text in _ENDERS and not prev.whitespace_
        ):
            out.append(False)
        elif (
            prev.text in _ENDERS
            or (prev.text in _CLOSERS and i >= 2 and doc[i - 2].text in _ENDERS)
            or (
                prev.text.endswith(".")
                and len(prev.text) > 1
                and token.is_title
                and token.is_stop
                and prev.text.count(".") > 1
            )
        ):
            out.append(None)  # the parser decides
        else:
            out.append(False)
    return out


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz said: "We met." Then she left.\n\nTALKS END\nVelmar, Monday - Tomas Lind met.',
        "He went back to the U.S. The talks ended. 'Why?' she asked.  \n  Next line here.",
        'Secretary of Karsk\'s Security Council (KSC) Ivo Marsh arrived."" Ok! "No." \n',
    ],
)
def test_sentence_starts_follow_the_rule_token_by_token(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from kg.language.nlp import set_sentence_starts

    doc = set_sentence_starts(nlp.make_doc(text))
    expected = _starts_read_token_by_token(nlp.make_doc(text))
    assert [t.is_sent_start for t in doc] == expected
    assert expected.count(False) and expected.count(None)


@pytest.mark.parametrize(
    "text",
    [
        "Lt. Gen. Marcus Reed met Brig. Gen. Tomas Villa at the base.",
        "Capt. Ahmed Saleh met Sgt. Peter Obi on Monday.",
        "Maj. Peter Obi met Amb. Sara Holm in Kabul.",
        "Mrs. Eleanor Vance held talks with Msgr. Paolo Ricci in Rome.",
    ],
)
def test_a_short_rank_keeps_its_full_stop_and_its_sentence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    assert len(list(doc.sents)) == 1
    assert not any(t.text == "." for t in doc[:-1])


def test_a_sentence_still_ends_after_a_word_like_a_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text("The envoy met the Colonel. Talks resumed on Monday."))
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a hyphen after a dotted abbreviation splits before a capital, as "US-Soviet" does
        ("The U.S.-Soviet summit ended.", ["U.S.", "-", "Soviet"]),
        ("U.S.-North Korean talks resumed.", ["U.S.", "-", "North"]),
        ("The U.K.-French treaty was signed.", ["U.K.", "-", "French"]),
    ],
)
def test_a_hyphen_after_a_dotted_name_splits(nlp, text: str, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    tokens = [t.text for t in nlp(text)]
    assert any(tokens[i : i + 3] == words for i in range(len(tokens)))


def test_a_hyphen_after_a_dotted_name_before_a_small_letter_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "U.S.-led" in [t.text for t in nlp("The U.S.-led coalition struck.")]


@pytest.mark.parametrize(
    "text", ["Russia forgave Cuba's debts on Tuesday.", "Mexico forgave the jailed rebels."]
)
def test_forgave_is_a_past(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert next(t for t in nlp(text) if t.lower_ == "forgave").tag_ == "VBD"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("WHO chief Ilse Brandt said the outbreak was over.", "said"),
        ("WHO envoy Tomas Lind met Chilean ministers in Santiago.", "met"),
        ("WHO officials warned that cases were rising.", "warned"),
    ],
)
def test_an_acronym_spelling_a_pronoun_is_read_as_a_name(nlp, text: str, head: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text(text))
    assert doc[0].pos_ == "PROPN"
    # the sentence's verb is its root, not a clause of a question
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [head]


def test_the_pronoun_itself_stays_a_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(prepare_text("Who said that the talks had failed?"))
    assert doc[0].tag_ == "WP"
