"""The mood of an act named by a noun: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.act_mood import WEIGHING, act_noun_mood


def _noun(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "mood"),
    [
        ("Peru is mulling the recall of its ambassador to Chile.", "recall", (True, False)),
        ("A possible recall of the ambassador worried Chile.", "recall", (True, False)),
        ("Peru called for the recall of the ambassador.", "recall", (True, False)),
        ("There was no recall of the ambassador.", "recall", (False, True)),
        ("The recall of the ambassador angered Chile.", "recall", (False, False)),
    ],
)
def test_the_mood_of_an_act_noun(nlp, text: str, word: str, mood: tuple[bool, bool]) -> None:  # type: ignore[no-untyped-def]
    assert act_noun_mood(_noun(nlp, text, word), weighing=WEIGHING) == mood


def test_a_weighing_verb_plans_only_when_asked_to(nlp) -> None:  # type: ignore[no-untyped-def]
    noun = _noun(nlp, "Peru is mulling the recall of its ambassador to Chile.", "recall")
    assert act_noun_mood(noun) == (False, False)
