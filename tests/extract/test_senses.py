"""Trigger-verb lookup: the lemma pre-filter never hides an entry."""

from __future__ import annotations

import pytest

from kg.extract import conflict, cooperation, meetings
from kg.extract.senses import verb_key, verb_starts

SENTENCES = [
    "Minister Olav Brenn hit out at the Velmar council on Monday.",
    "Delia Strom took issue with Karsk's plan and then sat down with the rebels.",
    "Tomas Lind brought together the leaders of Baltovia and Karsk in Ostrava.",
    "The Ostravan envoy condemned the strikes, met Ana Ruiz and pledged aid to Karsk.",
    "Baltovia imposed sanctions on Karsk after talks with Velmar broke down.",
    "Ivo Marsh phoned Ruth Vane, who warned him and accused the board of lying.",
]


@pytest.mark.parametrize(
    "lexicon", [conflict.VERBS, cooperation.VERBS, meetings._VERBS], ids=["con", "coop", "meet"]
)
def test_a_lemma_outside_the_starts_has_no_entry(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    starts = verb_starts(lexicon)
    found = 0
    for doc in nlp.pipe(SENTENCES):
        for token in doc:
            key = verb_key(token, lexicon)
            if token.lemma_ not in starts:
                assert key is None, token.text
            found += key is not None
    assert found >= 2  # the sentences do hold trigger verbs of every kind


def test_starts_hold_the_first_words_of_many_word_entries() -> None:
    lexicon = {"meet": 1, "hit out": 2, "take a stand": 3}
    assert {"meet", "hit", "take", "take a", "hit out"} <= verb_starts(lexicon)
    assert "out" not in verb_starts(lexicon)
    assert any(" " in key for key in meetings._VERBS | conflict.VERBS)


def test_starts_are_worked_out_again_for_another_or_a_grown_lexicon() -> None:
    lexicon: dict[str, int] = {"meet": 1}
    first = verb_starts(lexicon)
    assert verb_starts(lexicon) is first  # the same table: worked out once
    assert verb_starts({"hit out": 1}) == {"hit", "hit out"}  # another table: its own
    lexicon["take a stand"] = 2
    assert verb_starts(lexicon) == {"meet", "take", "take a", "take a stand"}
