"""A "hit" right before a work or a performer is the adjective (kg.extract.hit_works)."""

from __future__ import annotations

import pytest

from kg.extract.hit_works import popular_work


@pytest.mark.parametrize(
    "text",
    [
        "Vale formerly co-hosted the quiz, alongside hit presenters Marr and Lee.",
        "Vale joined hit band The Larks in 2001.",
        "Vale appeared with hit comedian Ivo Marr.",
        "The Larks released hit album Rain in 1999.",
    ],
)
def test_a_hit_before_a_work_is_no_blow(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    [hit] = [t for t in nlp(text) if t.lower_ == "hit"]
    assert hit.pos_ == "VERB"  # as the tagger reads it
    assert popular_work(hit) and hit.pos_ == "ADJ"


@pytest.mark.parametrize(
    "text",
    [
        "Russia hit rebel positions in the valley.",
        "The storm hit the show's studio on Monday.",
        "Rockets hit the band's hotel in the capital.",
    ],
)
def test_a_hit_on_something_stays_a_blow(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    [hit] = [t for t in nlp(text) if t.lower_ == "hit"]
    assert not popular_work(hit) and hit.pos_ == "VERB"
