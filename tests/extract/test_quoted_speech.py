"""Speech told inside someone else's quotation is the quoted speaker's account, not
a statement of its own (kg.extract.quoted_speech): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third person's telling, announcing or saying inside the quote
        ('Anna Dorn said: "It is no surprise Peter Hallam told him to go."', {"Anna Dorn"}),
        (
            '"At that stage Peter Hallam went to the minister and said it was over," Ms Dorn said.',
            {"Dorn"},
        ),
        (
            'Anna Dorn said: "These plans were announced by Peter Hallam in December and '
            'are now recycled."',
            {"Anna Dorn"},
        ),
        # a quote that stays open to the sentence's end, and one of several sentences
        ('Anna Dorn was angry. "It is not surprising Peter Hallam told him to leave.', set()),
        (
            'Anna Dorn spoke to reporters. "The mayor was clear. Everyone knows Peter '
            'Hallam told the council a lie," she said.',
            {"Anna Dorn"},
        ),
    ],
)
def test_a_saying_inside_anothers_quote_is_theirs(facts_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote's own first person is its speaker
        ('"We told the council the plan would fail," Anna Dorn said.', {"Anna Dorn"}),
        ('"I told him the plan was dead," Anna Dorn said.', {"Anna Dorn"}),
        # a mark that closes a quote begun before, a scare quote, a quote after the verb
        ('Anna Dorn was angry. "It is over. The plan will fail," Anna Dorn said.', {"Anna Dorn"}),
        ('Anna Dorn "strongly condemned" the plan and said it would fail.', {"Anna Dorn"}),
        (
            '"The plan is dead," Peter Hallam said. Anna Dorn told reporters the council '
            "would meet.",
            {"Peter Hallam", "Anna Dorn"},
        ),
        ('Anna Dorn told reporters: "The plan is dead."', {"Anna Dorn"}),
        # a quote whose closing mark was lost before the next speaker
        (
            'Anna Dorn said: "I have lost three years. Peter Hallam added: "The council failed us.',
            {"Anna Dorn", "Peter Hallam"},
        ),
        # a body's or a country's word cited in a quote is on record
        (
            '"The Audit Office has said that the money is being wasted," Anna Dorn said.',
            {"Anna Dorn", "Audit Office"},
        ),
        (
            '"Norway has said in the past that it is bound by the treaty," Anna Dorn said.',
            {"Anna Dorn", "Norway"},
        ),
    ],
)
def test_speakers_outside_a_quote_still_speak(facts_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected
