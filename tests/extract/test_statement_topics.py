"""What a statement is about: actors only, never a railway line, an event, a
scheme or a phrase in quotation marks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.mentions import find_mentions
from kg.records import EventKind


def _topics(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k] for e in facts.events if e.kind is EventKind.STATEMENT for k in e.actors("topic")
    }


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("Tom Rellick said the Kelso Line should reopen by 2010.", "Kelso Line"),
        ("Ann Pollard said the Dunmore Motorway would be widened by 2010.", "Dunmore Motorway"),
        ("Ann Pollard said she would run in the Valley Cross Country Championships.",
         "Valley Cross Country Championships"),
        ("Tom Rellick confirmed he would take part in the 2006 Kelso Grand Prix.", "Kelso Grand Prix"),
        ("Ann Pollard said the Staff Pension Scheme was being reviewed.", "Staff Pension Scheme"),
        ('Tom Rellick warned that talk of an "Alliance of Tyranny" helps nobody.',
         "Alliance of Tyranny"),
        ('Ann Pollard said the "Ring of Steel" had failed.', "Ring of Steel"),
        ('Ann Pollard said the "Coalition of the Greedy" would fail.', "Coalition of the Greedy"),
    ],
)  # fmt: skip
def test_things_and_phrases_are_no_topics(facts_of, text: str, not_topic: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(not_topic in t for t in _topics(facts))
    assert not any(not_topic in a.name for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Tom Rellick said the Kelso Rail Campaign would fight on.", "Kelso Rail Campaign"),
        ("Ann Pollard said Dunmore Games had cut jobs.", "Dunmore Games"),
        ("Ann Pollard said the Freedom Union would strike.", "Freedom Union"),
    ],
)
def test_bodies_stay_topics(facts_of, text: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    assert topic in _topics(facts_of(text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Auditors began a review once the Kelso Herald reported Irish Charm plc billed "
            "clients for tours of the castle.",
            "Irish Charm plc",
        ),
        (
            "The watchdog acted after the Kelso Herald alleged Irish Charm plc sold tickets to "
            "pensioners through Mr Brant.",
            "Irish Charm plc",
        ),
        (
            "The watchdog acted after the Kelso Herald alleged Welsh Kettles Ltd sold tickets to "
            "pensioners through Mr Brant.",
            "Welsh Kettles Ltd",
        ),
    ],
)
def test_a_company_named_after_a_nation_is_the_company(nlp, text: str, company: str) -> None:  # type: ignore[no-untyped-def]
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    assert (company, "ORG") in ents
    assert not {e for e, label in ents if label in {"NORP", "PERSON"} and e in company}


def test_a_law_in_quotation_marks_is_still_a_law(nlp) -> None:  # type: ignore[no-untyped-def]
    # a law (no topic of what is said, :mod:`kg.extract.stated_parties`), not a phrase
    doc = nlp('Tom Rellick said the so-called "Kelso Act" was wrong.')
    assert ("Kelso Act", "agreement") in {(m.text, m.kind) for m in find_mentions(doc)}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Tom Ray warned that people would be pushed towards the extremists.", "extremists"),
        ("Ann Vale said the banks were promoting loans aggressively.", "banks"),
        ("Tom Ray said other countries should send troops.", "countries"),
    ],
)
def test_an_unnamed_group_is_no_topic(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    topics = {names.get(k, k) for e in facts.events for k in e.actors("topic")}
    assert not any(group in t.lower() for t in topics)


def test_a_named_group_is_still_a_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Ray said Palestinian militant groups were acting from Syria.")
    names = {a.key: a.name for a in facts.actors}
    topics = {names.get(k, k) for e in facts.events for k in e.actors("topic")}
    assert "Syria" in topics


@pytest.mark.parametrize(
    ("text", "speaker", "not_topic", "said"),
    [
        ("The new fares were announced by Velcor at a meeting with Rolt Industries.",
         "Velcor", "Rolt Industries", "The new fares"),
        ("The plan was proposed by Dana Kell at a meeting with Velcor.",
         "Dana Kell", "Velcor", "The plan"),
        # (not inside another's quote: 'Jean Oakes said: "These cuts were announced by
        # Paul Renner ..."' is her account, test_quoted_speech)
        ("The shadow health secretary, Jean Oakes, said these cuts were announced by Paul "
         "Renner in his spring statement and Sam Lyle is now dressing them up as new.",
         "Paul Renner", "Sam Lyle", "these cuts"),
    ],
)  # fmt: skip
def test_what_a_passive_speech_verb_says_is_its_subject(
    facts_of, text: str, speaker: str, not_topic: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    theirs = [e for e in facts.events if e.kind is EventKind.STATEMENT
              and {names[k] for k in e.actors("speaker")} == {speaker}]  # fmt: skip
    assert theirs
    for e in theirs:
        assert not_topic not in {names[k] for k in e.actors("topic")}
        assert e.quote == said
