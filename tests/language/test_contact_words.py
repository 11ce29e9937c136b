"""The general words about meeting and contact between parties are well-formed data."""

from __future__ import annotations

import pytest

from kg.language import contact_words, event_words

WORD_LISTS = [
    name for name, value in vars(contact_words).items()
    if name.isupper() and isinstance(value, (frozenset, set))
]  # fmt: skip


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_are_lower_case_words(name: str) -> None:
    words = getattr(contact_words, name)
    assert words and all(w == w.lower() and w.strip() == w and w for w in words)


def test_moved_not_twinned() -> None:
    assert not set(WORD_LISTS) & set(vars(event_words))
    assert contact_words.PERSON_MEETING_NOUNS <= contact_words.BY_CONTACT_NOUNS
    assert contact_words.TURNED_DOWN <= contact_words.CALLED_OFF
