"""The general words for bodies (kg.language.body_words) are well-formed data."""

from __future__ import annotations

import pytest

from kg.language import body_words, lexicon

WORD_LISTS = [name for name, value in vars(body_words).items() if isinstance(value, frozenset)]


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_are_lower_case_words(name: str) -> None:
    words = getattr(body_words, name)
    assert words and all(w == w.lower() and w.strip() == w and w for w in words)


def test_moved_not_twinned() -> None:
    assert not set(WORD_LISTS) & set(vars(lexicon))
    assert "embassy" in body_words.MISSION_WORDS & body_words.STATE_ORGANS


def test_mission_words_are_the_mission_rows_with_plurals() -> None:
    from kg.language.mission_staff import MISSIONS

    assert MISSIONS < body_words.MISSION_WORDS  # one source: data/mission-staff.txt
    assert {"embassies", "consulates", "legations"} <= body_words.MISSION_WORDS


def test_firm_nouns_are_data_beside_the_kinds() -> None:
    from kg.language.firm_kinds import FIRM_KINDS
    from kg.language.lexicon import FIRM_ANAPHORS

    assert FIRM_ANAPHORS <= FIRM_KINDS  # "the chipmaker": a kind of firm
    assert {"carmaker", "carmakers", "investors"} <= body_words.FIRM_NOUNS
