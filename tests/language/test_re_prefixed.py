"""Verbs written with "re-" stay one word with the unhyphenated verb's lemma."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Chile re-established ties with Peru.", "re-established", "reestablish"),
        ("Peru has re-opened its embassy.", "re-opened", "reopen"),
        ("Re-elected in May, Ivo Marr spoke.", "Re-elected", "reelect"),
        ("The talks on re-unification resumed.", "re-unification", "reunification"),
    ],
)
def test_a_re_word_is_one_token(nlp, text: str, word: str, lemma: str) -> None:  # type: ignore[no-untyped-def]
    [token] = [t for t in nlp(text) if t.text == word]
    assert token.lemma_ == lemma


def test_other_hyphens_still_split(nlp) -> None:  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp("The pre-war Franco-German deal was red-hot.")]
    assert "-" in words and "Franco" in words and "re-" not in "".join(words[:1])


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Chile co-operated with Peru on the inquiry.", "co-operated", "cooperate"),
        ("Peru will co-operate fully with Chile.", "co-operate", "cooperate"),
        ("Co-operation between Chile and Peru improved.", "Co-operation", "cooperation"),
        ("Chile and Peru co-ordinated their response.", "co-ordinated", "coordinate"),
    ],
)
def test_british_co_words_are_one_token(nlp, text: str, word: str, lemma: str) -> None:  # type: ignore[no-untyped-def]
    [token] = [t for t in nlp(text) if t.text == word]
    assert token.lemma_.lower() == lemma


def test_other_co_words_still_split(nlp) -> None:  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp("Ivo Marr co-founded the party with Ann Vale.")]
    assert "co" in words and "founded" in words


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Chile and Peru co-hosted the summit.", "co-hosted", "cohost"),
        ("Chile co-sponsored the resolution with Peru.", "co-sponsored", "cosponsor"),
        ("Peru is co-chairing the talks with Chile.", "co-chairing", "cochair"),
        ("Chile co-financed the dam with Peru.", "co-financed", "cofinance"),
    ],
)
def test_a_deed_shared_with_co_is_one_verb(nlp, text: str, word: str, lemma: str) -> None:  # type: ignore[no-untyped-def]
    [token] = [t for t in nlp(text) if t.text == word]
    assert token.lemma_ == lemma and token.pos_ == "VERB"


def test_a_co_post_still_splits(nlp) -> None:  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp("The co-chairs of the panel, Ivo Marr and Ann Vale, met.")]
    assert "co" in words and "chairs" in words
