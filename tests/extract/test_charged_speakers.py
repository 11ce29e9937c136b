"""A charge laid on the speaker's own side, told in a quote: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Moldova accuses us of lying," said Interior Minister Lena Kovac.', "Lena Kovac"),
        ('"Moldova blames us for the corruption," said Interior Minister Lena Kovac.',
         "Lena Kovac"),
        ('"Moldova accuses me of lying," Senator Ilse Marten told reporters.', "Ilse Marten"),
        ('"Moldova accuses us of corruption and fraud," said Interior Minister Lena Kovac.',
         "Lena Kovac"),
    ],
)  # fmt: skip
def test_the_speaker_charges_no_one_by_the_others_words(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert (speaker, "Moldova") not in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"Moldova is lying," said Interior Minister Lena Kovac.', ("Lena Kovac", "Moldova")),
        ('"We accuse Moldova of lying," said Interior Minister Lena Kovac.',
         ("Lena Kovac", "Moldova")),
        ('"Moldova accuses us of lying," said Interior Minister Lena Kovac.',
         ("Moldova", "Lena Kovac")),
    ],
)  # fmt: skip
def test_the_speakers_own_charges_stay(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
