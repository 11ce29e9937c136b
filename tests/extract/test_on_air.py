"""A broadcaster or programme after "on" is where words are spoken, not whom they
are aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, speakers


@pytest.mark.parametrize(
    "text",
    [
        '"Every one of them would serve well," ex-minister Tom Hale insisted on BBC Radio 4.',
        "Tom Hale insisted on Channel 4 News that the deal was dead.",
        "Tom Hale insisted on Sky News that nothing had been agreed.",
    ],
)
def test_the_programme_one_speaks_on_is_no_target(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tom Hale hit out at the Treasury on Sky News.", ("Tom Hale", "Treasury")),
        ("Ana Ruiz criticised Tom Hale on the radio.", ("Ana Ruiz", "Tom Hale")),
    ],
)
def test_whom_words_are_aimed_at_stays_the_target(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # a programme whose title holds a meeting's noun, and a name "with" it
        "Speaking on Channel Four's Breakfast with Harper, Ana Vell said the tax would rise.",
        "Tom Brask said on Radio Norvex's Breakfast with Harlow that prices would fall.",
        "Ana Vell told Channel Seven's Dinner with Dale that the strike was over.",
        "Ana Vell said on Channel Seven's Talks with Dale that the strike was over.",
        "Ana Vell appeared on Channel Seven's Dinner with Harper on Sunday.",
        # a discussion or talks held on air: a debate, no meeting
        "Ana Vell and Tom Brask took part in a discussion on Radio Norvex.",
        "In a discussion on Radio Norvex with Tom Brask, Ana Vell said the tax would rise.",
        "Ana Vell and Tom Brask had a conversation on Radio Norvex about the strike.",
        "Ana Vell held talks with Tom Brask on Channel Seven's Latenight.",
        "Speaking with Dale Kerr on Radio Norvex, Ana Vell said the tax would rise.",
    ],
)
def test_a_programme_or_a_debate_on_air_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Speaking on Channel Four's Breakfast with Harper, Ana Vell said the tax would rise.",
         "Ana Vell"),
        ("Tom Brask said on Radio Norvex's Breakfast with Harlow that prices would fall.",
         "Tom Brask"),
        ("Ana Vell told Channel Seven's Dinner with Dale that the strike was over.", "Ana Vell"),
    ],
)  # fmt: skip
def test_the_speaker_on_a_programme_stays_the_speaker(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Ana Vell had breakfast with Tom Brask on Sunday.", ("Ana Vell", "Tom Brask")),
        ("Ana Vell held talks with Tom Brask on Channel Seven's future.", ("Ana Vell", "Tom Brask")),
        ("Ana Vell held talks with Tom Brask on the radio deal.", ("Ana Vell", "Tom Brask")),
        ("Ana Vell held a joint press conference with Tom Brask on Channel Seven.",
         ("Ana Vell", "Tom Brask")),
        ("Ana Vell met Tom Brask at the studios of Radio Norvex.", ("Ana Vell", "Tom Brask")),
        ("In an interview with Channel Seven, Ana Vell said she had met Tom Brask in Paris.",
         ("Ana Vell", "Tom Brask")),
        # a topic named after a medium is no medium
        ("Britain and Ireland held talks on TV rights in Dublin on Monday.", ("United Kingdom", "Ireland")),
        ("Ana Vell held talks with Tom Brask on BBC funding.", ("Ana Vell", "Tom Brask")),
        ("France and Britain held talks on the Channel on Friday.", ("France", "United Kingdom")),
    ],
)  # fmt: skip
def test_meetings_beside_a_broadcaster_stay(facts_of, text: str, met: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(met) in met_pairs(facts_of(text))
