"""Several speakers in one sentence: a second speech verb joined to a reported
clause, "as did Y" beside a statement, a quote opened by another speech verb.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import speakers, speakers_of

from kg.records import EventKind


def _statements(facts):  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return [
        (e, {names[k] for k in e.actors("speaker")}, {names[k] for k in e.actors("topic")})
        for e in facts.events
        if e.kind is EventKind.STATEMENT
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "speaker", "not_speaker"),
    [
        ("Senator Ilse Marrow said Mr Tolland was \"misleading voters\" and said the budget "
         "had been drawn up fairly.", "said", "Ilse Marrow", "Tolland"),
        ("Governor Paul Amsel said his rival Kurt Benning was wrong about the dam and warned "
         "the project would go ahead.", "warned", "Paul Amsel", "Kurt Benning"),
        ("Mayor Rosa Quint said Mr Delacroix had broken his word and insisted the tram line "
         "would open in May.", "insisted", "Rosa Quint", "Delacroix"),
    ],
)  # fmt: skip
def test_second_speech_verb_keeps_the_first_speaker(
    facts_of, text, trigger, speaker, not_speaker
) -> None:  # type: ignore[no-untyped-def]
    said = speakers_of(facts_of(text), trigger)
    assert speaker in said
    assert not_speaker not in said


def test_unnamed_speaker_gives_no_one_the_second_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("The chairman said Ms Okafor had \"misread the rules\" and insisted the vote "
            "would stand.")  # fmt: skip
    assert "Okafor" not in speakers_of(facts_of(text), "insisted")


@pytest.mark.parametrize(
    "text",
    [
        "Ms Okafor said she was wrong and said she would resign.",
        "Mr Brandt said that Ms Lowe had resigned, and Ms Lowe said she would not comment.",
    ],
)
def test_own_speaker_is_kept(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(s for _, s, _ in _statements(facts))
    said = speakers_of(facts, "said")
    assert ("Okafor" in said) if "Okafor" in text else ({"Brandt", "Lowe"} <= said)


@pytest.mark.parametrize(
    ("text", "speaker", "beside"),
    [
        ("President Elena Rostova said she was delighted by the result and sent her "
         "congratulations, as did opposition leader Tomas Hrubek.", "Elena Rostova", "Tomas Hrubek"),
        ("Prime Minister Juhani Lauri said he was \"thrilled\" for the couple, as did Green "
         "leader Mika Salo.", "Juhani Lauri", "Mika Salo"),
        ("Chancellor Vera Lind said the deal was good for farmers, as did her deputy Otto Kranz.",
         "Vera Lind", "Otto Kranz"),
        # "as Y said": Y is cited, not spoken of
        ("Chancellor Vera Lind said that, as Mr Otto Kranz said, if the cash is not found in "
         "taxes, where will it be found.", "Vera Lind", "Otto Kranz"),
        ("The Greens remain wary, claiming that, as Mr Otto Kranz said, if the cuts do not "
         "come now, when will they come.", "Greens", "Otto Kranz"),
    ],
)  # fmt: skip
def test_as_did_speaker_is_no_topic(facts_of, text: str, speaker: str, beside: str) -> None:  # type: ignore[no-untyped-def]
    rows = _statements(facts_of(text))
    assert any(speaker in s for _, s, _ in rows)
    assert not any(beside in t for _, s, t in rows if speaker in s)


def test_clause_of_as_is_still_read(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chancellor Rudi Falk said Mr Kemper had done a good job, as the opposition demanded."
    rows = _statements(facts_of(text))
    assert any("Kemper" in t for _, s, t in rows if "Rudi Falk" in s)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ('Ms Varga denied that Mr Pell had made the comments, and later the home secretary told '
         'journalists: "We will look into it."', "look into it"),
        ('On Friday Mr Halvorsen flatly denied Mr Degrasse made the remark, and before leaving '
         'for Rome the finance minister told reporters: "I trust the president completely."',
         "trust the president"),
        ('Mrs Holm denied that Mr Cato had made the claims, and the foreign minister later '
         'told the paper: "Nothing has changed at all."', "Nothing has changed"),
    ],
)  # fmt: skip
def test_quote_opened_by_another_verb_is_not_the_remark(facts_of, text: str, theirs: str) -> None:  # type: ignore[no-untyped-def]
    rows = _statements(facts_of(text))
    made = [e for e, _, _ in rows if e.trigger == "made"]
    assert all(theirs not in (e.quote or "") for e in made)


def test_quote_after_own_verb_is_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    rows = _statements(facts_of('Mr Ronan told reporters: "We will win the vote."'))
    assert any("win the vote" in (e.quote or "") for e, s, _ in rows if "Ronan" in s)


def test_passive_told_is_no_second_speech(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Mr Ramsay said the officers tried to recruit him, but he refused and within a week "
            "was told he would be moved.")  # fmt: skip
    assert "Ramsay" not in speakers_of(facts_of(text), "told")


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Mayor Ines Holt has written to the council saying: "The advice we had is clear."',
         "Ines Holt", "advice we had"),
        ('Mr Calder said he understood the anger but argued: "She has said sorry and that '
         'should end it."', "Calder", "said sorry"),
    ],
)  # fmt: skip
def test_own_elaboration_keeps_the_quote(facts_of, text: str, speaker: str, words: str) -> None:  # type: ignore[no-untyped-def]
    rows = _statements(facts_of(text))
    assert rows and all(words in (e.quote or "") for e, s, _ in rows if speaker in s)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Rosa Quint said the old plan was not workable and warned that the city would "
         "need a new one.", "Rosa Quint"),
        ("Senator Ilse Marrow has said the tax is not fair and said there would be a vote.",
         "Ilse Marrow"),
        ("Governor Paul Amsel said the scheme may have been rushed but insisted it would work.",
         "Paul Amsel"),
    ],
)  # fmt: skip
def test_second_speech_verb_takes_no_mood_from_the_clause(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    rows = [e for e, s, _ in _statements(facts_of(text)) if speaker in s]
    assert len(rows) == 2
    assert all(e.factual for e in rows)


def test_passive_conjoined_told_is_no_speech(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Ms Holm told the station her low point was when she was told she would be released "
            "in June, only to be held and told she would stay for years.")  # fmt: skip
    rows = _statements(facts_of(text))
    assert not any(
        (e.quote or "").startswith("she would stay") for e, s, _ in rows if e.factual and s
    )


@pytest.mark.parametrize(
    ("text", "speaker", "own", "theirs"),
    [
        ('Finance chief Ed Moss met Mr Dorn in Paris. "The talks went well," Mr Dorn told '
         "reporters afterwards, before Mr Moss said the deal was close.",
         "Ed Moss", "the deal was close", "talks went well"),
        ('"We will appeal," Ms Lane told the court on Monday, and Mr Webb said the firm would '
         "close.", "Webb", "the firm would close", "appeal"),
    ],
)  # fmt: skip
def test_a_quote_reported_above_is_not_a_later_speakers(
    facts_of, text: str, speaker: str, own: str, theirs: str
) -> None:  # type: ignore[no-untyped-def]
    quotes = [e.quote or "" for e, said, _ in _statements(facts_of(text)) if speaker in said]
    assert quotes
    assert all(own in q and theirs not in q for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('"Prices will fall," said Ann Tabor, a trader from Lagos told Reuters.',
         "Ann Tabor", "Prices will fall"),
        ('"We will appeal," Ms Lane said on Monday.', "Lane", "We will appeal"),
        ('"Growers who are not farming will take the grant," said Ann Tabor, a cocoa grower '
         "from Ondo state told Reuters.", "Ann Tabor", "will take the grant"),
    ],
)  # fmt: skip
def test_the_quote_before_its_own_verb_is_kept(
    facts_of, text: str, speaker: str, quote: str
) -> None:  # type: ignore[no-untyped-def]
    quotes = [e.quote or "" for e, said, _ in _statements(facts_of(text)) if speaker in said]
    assert any(quote in q for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council published everything he said on its website.",
        "It was the last thing he said before he resigned.",
        "Voters ignored most of the things he said about taxes.",
        "The papers printed the words that he said in full.",
    ],
)
def test_the_words_someone_said_are_no_saying(facts_of, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(f"Ivo Marsh spoke in Oslo on Monday. {sentence}")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Marsh, who said on Monday that the vote was lost, resigned.",
        "Ivo Marsh spoke in Oslo on Monday. The man he said was to blame, Tom Vale, quit.",
        '"We will win the vote easily," the minister Ivo Marsh said.',
    ],
)
def test_a_relative_clause_that_reports_is_a_saying(facts_of, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(sentence)) == {"Ivo Marsh"}


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Peru says the border talks have failed, while Chile insists they will resume.",
         set()),
        ("The Conservatives say the two ministers are acting like children and the Liberal "
         "Democrats claim vanity is blocking reform.", set()),
        ("Peru said the deal was fair but Chile says it is a trap.", set()),
        # a claim reported inside what is said, or a cause, is still spoken of
        ("Peru says Chile insists the talks will resume.", {"Chile"}),
        ("Peru said the talks had failed because Chile refused to attend.",
         {"Chile"}),
        ("Peru said the deal was fair when Chile argued for it.", {"Chile"}),
        ("Peru said the talks were over and Chile had stressed its rights.", {"Chile"}),
    ],
)  # fmt: skip
def test_another_speaker_beside_the_first_is_not_spoken_of(  # type: ignore[no-untyped-def]
    facts_of, text: str, topics: set[str]
) -> None:
    first = _statements(facts_of(text))[0]
    assert first[2] == topics


def _topics(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {names[k] for e in facts.events if e.kind is EventKind.STATEMENT
            for k in e.actors("topic")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ('And the consultants who wrote the leaflets which caused Labour anger have not '
         'been fired but, as campaign chief Lena Vasko declared, "are doing a great job".',
         "Labour"),
        ('But the lawyers who handled the case which angered Ghana have not been replaced '
         'and, as Lena Vasko noted, "are still in charge".', "Ghana"),
    ],
)  # fmt: skip
def test_a_description_around_an_echoed_quote_is_the_writers(  # type: ignore[no-untyped-def]
    facts_of, text: str, described: str
) -> None:
    facts = facts_of(text)
    assert speakers(facts) and described not in _topics(facts)


def test_what_an_echoed_quote_is_said_of_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('The Tories, as Lena Vasko said on Monday, "have lost their way".')
    assert "Conservative Party" in _topics(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The new passports will be issued in 2008 and, when she was presenting the plan, "
         "Ms Varga said the Kelso Council could decide later whether to make them compulsory.",
         "Varga", "the Kelso Council could decide later"),
        ("Prices rose sharply last year but, speaking in Dunmore on Monday, Mr Halvorsen "
         "insisted that the Varga Group would cut them.", "Halvorsen", "the Varga Group would"),
        ("The first bonds will be sold in May and, when he was opening the fair, Mr Dorrin "
         "suggested Chile could buy most of them.", "Dorrin", "Chile could buy"),
    ],
)  # fmt: skip
def test_a_first_clause_joined_by_and_is_not_what_is_said(
    facts_of, text: str, speaker: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    quotes = [e.quote or "" for e, s, _ in _statements(facts_of(text)) if speaker in s]
    assert quotes
    assert all(said in q and not q.startswith(("The", "Prices")) for q in quotes)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The Varga Group has failed and the Kelso Council must act, Ms Okafor said.",
         "The Varga Group has failed and the Kelso Council must act"),
        ('"The plan failed and we know it," Ms Okafor said.', "The plan failed and we know it"),
        ('"Peru is wrong," Ms Okafor said, "and Chile knows it."', "Peru is wrong"),
    ],
)  # fmt: skip
def test_clauses_before_the_speaker_stay_what_is_said(facts_of, text: str, said: str) -> None:  # type: ignore[no-untyped-def]
    quotes = [e.quote or "" for e, s, _ in _statements(facts_of(text)) if "Okafor" in s]
    assert any(q.startswith(said) for q in quotes)
