"""Whoever puts the questions for a paper or a programme, and the broadcaster itself,
is spoken to, never met. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, speakers


@pytest.mark.parametrize(
    "text",
    [
        # a broadcaster by the shape of its name
        "Talking to Radio Norvex, Ana Vell said the tax would rise.",
        "Ana Vell spoke to Channel Seven.",
        "Ana Vell talked to TV Sella about the strike.",
        # a presenter, an interviewer, an editor
        "Speaking to Channel Seven's Dale Kerr, Ana Vell said the tax would rise.",
        "Ana Vell sat down with Channel Seven's Dale Kerr to discuss the budget.",
        "In a conversation with presenter Dale Kerr, Ana Vell said the tax would rise.",
        "Ana Vell was speaking to Channel Seven's political editor, Dale Kerr.",
        "Talking to interviewer Lena Hart, Ana Vell said the tax would rise.",
        "Ana Vell spoke with Lena Hart of Radio Norvex about the strike.",
        "Ana Vell spoke with the editor of the Orvin Gazette, Lena Hart, about the strike.",
    ],
)
def test_the_press_spoken_to_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Asked by presenter Dale Kerr whether she would resign, Ana Vell said she would not.",
        "Talking to interviewer Lena Hart, Ana Vell said the tax would rise.",
        "Speaking to Channel Seven's Dale Kerr, Ana Vell said the tax would rise.",
    ],
)
def test_the_one_interviewed_speaks_not_the_presenter(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Ana Vell"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Ana Vell held a joint press conference with the Kenyan president, Tom Brask, in Nairobi.",
         ("Ana Vell", "Tom Brask")),
        ("Speaking after talks with Tom Brask, Ana Vell said the deal was close.",
         ("Ana Vell", "Tom Brask")),
        ("Ana Vell met the director of Channel Seven, Tom Brask, on Monday.",
         ("Ana Vell", "Tom Brask")),
        ("Ana Vell spoke with Tom Brask on the phone about the strike.", ("Ana Vell", "Tom Brask")),
        ("Ana Vell told a joint news conference with Tom Brask that the talks had gone well.",
         ("Ana Vell", "Tom Brask")),
        # a journalist no more
        ("Peru's President Ana Vell spoke with Tom Brask, a former reporter, by phone.",
         ("Ana Vell", "Tom Brask")),
        ("Chile's foreign minister Ana Vell held talks with Tom Brask, a former journalist who "
         "now leads Peru's opposition, in Lima.", ("Ana Vell", "Tom Brask")),
        # other audiences of a sit-down are partners
        ("Egyptian mediators sat down with Hamas delegates in Cairo on Monday.", ("Egypt", "Hamas")),
    ],
)  # fmt: skip
def test_meetings_with_others_stay(facts_of, text: str, met: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(met) in met_pairs(facts_of(text))
