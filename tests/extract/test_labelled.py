"""Quoted verdicts of labelling verbs and who gives them: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers_of


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        ('The Social Democrats branded the levy "a scandal".', "branded", "Social Democrats"),
        ('The Dockers Union branded the reform "a fraud" on Friday.', "branded", "Dockers Union"),
        ('Senator Ida Fenn branded the harbour master "a bully".', "branded", "Ida Fenn"),
    ],
)
def test_a_verdict_hung_on_the_object(facts_of, text: str, trigger: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == {speaker}


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        (
            'The cabinet scrapped the tariff, a step branded a "shameful climbdown" by the Social Democrats.',
            "branded",
            "Social Democrats",
        ),
        (
            'The tariff, described as "ruinous" by the Dockers\' Union, was scrapped.',
            "described",
            "Dockers' Union",
        ),
        (
            'The assembly passed the levy, which was dubbed "a swindle" by the Liberal Party.',
            "dubbed",
            "Liberal Party",
        ),
        (
            'The treaty, hailed as "a new dawn" by the African Union, takes effect in May.',
            "hailed",
            "African Union",
        ),
        (
            'Ministers signed an accord that was dismissed as "a sham" by Oxfam.',
            "dismissed",
            "Oxfam",
        ),
    ],
)
def test_the_by_agent_gives_the_verdict(facts_of, text: str, trigger: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == {speaker}


def test_the_main_speaker_does_not_get_the_verdict(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        'Governor Ana Ruiz announced the toll, which was called "a tax on commuters" by the '
        "Motorists' Association."
    )
    quotes = [e.quote or "" for e in facts.events if e.trigger == "announced"]
    assert quotes
    assert not any("commuters" in q for q in quotes)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The speaker called the session to order at ten.", "called"),
        ('Banks lent money to a firm called "Northstar Freight".', "called"),
        ('Finance Minister Olaf Brandt defended what critics call a "tax on jobs".', "call"),
        ('The bill was called "a charter for fraud" by critics.', "called"),
        ("She was dubbed the Iron Duchess by the papers.", "dubbed"),
    ],
)
def test_no_named_verdict(facts_of, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == set()


def test_a_betrayal_by_someone_is_not_their_verdict(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('The Social Democrats called the cuts "a betrayal" by the cabinet.')
    assert speakers_of(facts, "called") == {"Social Democrats"}


@pytest.mark.parametrize(
    "text",
    [
        'The Social Democrats branded Transport Minister Karl Aune "a liar" on Tuesday.',
        'Transport Minister Karl Aune, branded "a liar" by the Social Democrats, resigned.',
    ],
)
def test_a_quoted_hostile_label_is_criticism(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("Social Democrats", "Karl Aune") in directed(facts, EventKind.CONFLICT)
    assert speakers_of(facts, "branded") == {"Social Democrats"}


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        ("Trade Minister Ilse Varga called the session constructive.", "called", "Ilse Varga"),
        ("Senator Ida Fenn described the levy as unfair on Monday.", "described", "Ida Fenn"),
        ("Governor Tomas Lind dismissed the audit as flawed.", "dismissed", "Tomas Lind"),
        ("Mayor Olga Brandt called the ruling a disgrace on Friday.", "called", "Olga Brandt"),
    ],
)
def test_an_unquoted_verdict_is_spoken(facts_of, text: str, trigger: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == {speaker}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Governor Tomas Lind called his daughter Maria.", "called"),
        ("Governor Tomas Lind called it a day after the vote.", "called"),
        ("Governor Tomas Lind might describe the levy as unfair.", "describe"),
        ("The levy was described as unfair.", "described"),
    ],
)
def test_no_unquoted_verdict(facts_of, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), trigger) == set()


@pytest.mark.parametrize(
    ("text", "trigger", "verdict"),
    [
        ("Senator Ida Fenn praised the Kelso Trust, which she described as a lifeline.",
         "described", "lifeline"),
        ("Governor Tomas Lind thanked Ana Vale, who he described as a friend.", "described",
         "friend"),
        ("Senator Ida Fenn dismissed it as nonsense on Monday.", "dismissed", "nonsense"),
        ("Trade Minister Ilse Varga called the session constructive.", "called", "constructive"),
    ],
)  # fmt: skip
def test_an_unquoted_verdict_is_its_quote(facts_of, text: str, trigger: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    quotes = [e.quote or "" for e in facts_of(text).events if e.trigger == trigger]
    assert quotes and all(verdict in q for q in quotes)


def _topics(facts, speaker: str) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k]
        for e in facts.events
        if e.kind is EventKind.STATEMENT and names.get(e.actors("speaker")[0]) == speaker
        for k in e.actors("topic")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mia Holt branded the protest group 'Tories'.",
        'Mr Dunne branded the rival campaign "two-bit Tories" outside its offices.',
        "Senator Mia Holt called the new lobby 'Tories'.",
    ],
)
def test_a_party_named_as_the_label_is_not_what_was_spoken_of(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    speaker = "Mia Holt" if "Mia Holt" in text else "Dunne"
    assert "Conservative Party" not in _topics(facts, speaker)


def test_a_party_inside_the_label_still_is(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Senator Mia Holt called the deal 'a win for Iran'.")
    assert "Iran" in _topics(facts, "Mia Holt")
