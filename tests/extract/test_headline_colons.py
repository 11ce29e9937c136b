"""A headline's speaker before a colon, the words after it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import speakers, speakers_of

from kg.records import EventKind


def _head(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return replace(facts, events=tuple(e for e in facts.events if e.evidence.sentence in heads))


@pytest.mark.parametrize(
    ("title", "body", "speaker"),
    [
        ("Ruiz: 'We will not resign'",
         "Finance Minister Ana Ruiz spoke to party members in Oslo on Monday.", "Ana Ruiz"),
        ("Larsen: Tax plan 'a fraud on voters'",
         "Opposition leader Erik Larsen attacked the budget on Tuesday.", "Erik Larsen"),
        ("Ann Holt: Budget 'will hurt families'",
         "The shadow chancellor, Ann Holt, spoke in Leeds on Friday.", "Ann Holt"),
    ],
)  # fmt: skip
def test_a_name_a_colon_and_quoted_words_are_a_statement(facts_of, title, body, speaker) -> None:  # type: ignore[no-untyped-def]
    facts = _head(facts_of(body, title=title))
    assert speakers_of(facts, ":") == {speaker}


def test_the_quote_is_kept_and_what_it_names_is_the_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Foreign Minister Tomas Lind spoke about Chile in parliament on Monday."
    facts = _head(facts_of(body, title="Lind: Chile plan 'a danger to peace'"))
    (event,) = [e for e in facts.events if e.kind is EventKind.STATEMENT]
    names = {a.key: a.name for a in facts.actors}
    assert event.quote == "Chile plan 'a danger to peace"
    assert [names[k] for k in event.actors("topic")] == ["Chile"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Obituary: Dame Helena Roux", "Dame Helena Roux, the dancer, has died at 91."),
        ("Mark Doyle: The quiet reformer",
         "Mark Doyle has changed the party since he took over in 2003."),
        ("Mark Doyle: The 'quiet man' who won the party",
         "Mark Doyle has changed the party since he took over in 2003."),
        ("Ann Holt: Her 'people's budget' one year on",
         "Chancellor Ann Holt presented her first budget a year ago."),
        ("Japan's farmers: 'built to last'", "Japanese farmers are working longer than ever."),
        ("Peru: 'Troops will stay'", "Peru said on Monday its troops would stay in the region."),
        ("Norbank: Chief executive 'will quit'",
         "Norbank chief executive Jan Holm will leave the bank next year."),
    ],
)  # fmt: skip
def test_a_label_a_profile_or_a_country_before_a_colon_speaks_not(facts_of, title, body) -> None:  # type: ignore[no-untyped-def]
    assert not speakers_of(_head(facts_of(body, title=title)), ":")


def test_words_that_name_their_own_speaker_are_theirs(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Finance Minister Ana Ruiz met Trade Minister Bo Lind on Monday."
    facts = _head(facts_of(body, title="Ruiz: 'No deal', says Lind"))
    assert "Ana Ruiz" not in speakers(facts)
    assert "Bo Lind" in speakers(facts)
