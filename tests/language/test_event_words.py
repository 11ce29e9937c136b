"""The general words about what actors say and do are well-formed data."""

from __future__ import annotations

import pytest

from kg.language import event_words

WORD_LISTS = [
    name for name, value in vars(event_words).items()
    if name.isupper() and isinstance(value, frozenset) and name != "MEDIA_NAMES"
]  # fmt: skip


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_are_lower_case_words(name: str) -> None:
    words = getattr(event_words, name)
    assert words and all(w == w.lower() and w.strip() == w and w for w in words)


def test_media_names_are_written_as_names() -> None:
    assert all(n[:1].isupper() for n in event_words.MEDIA_NAMES)


def test_ideas_are_owned_and_speech_nouns_are_not_verbs() -> None:
    assert event_words.IDEA_NOUNS <= event_words.OWNED_NOUNS
    assert "say" in event_words.SPEECH_VERBS and "speech" in event_words.SPEECH_NOUNS
