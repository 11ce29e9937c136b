"""Talks told by a speaker as what came before a thing: "A said the deal followed
talks with B" (A held them). Sentences written for these tests; names are invented."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interior Minister Luis Pardo said the deal followed talks with Brazilian Justice "
         "Minister Ana Costa.", pair("Luis Pardo", "Ana Costa")),
        ("Foreign Minister Kaja Tamm said the agreement came after talks with Latvian Prime "
         "Minister Ivars Ozols.", pair("Kaja Tamm", "Ivars Ozols")),
        ("President Sami Haddad said the release followed talks with Qatari envoy Khalid "
         "Thani.", pair("Sami Haddad", "Khalid Thani")),
        ("Minister Ana Lopes said the ceasefire resulted from talks with rebel leader Rui "
         "Costa.", pair("Ana Lopes", "Rui Costa")),
    ],
)  # fmt: skip
def test_the_speaker_held_the_talks(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Lopes said the deal would follow talks with Brazilian minister Rui Costa.",
        "Minister Ana Lopes said the deal did not follow talks with Brazilian minister Rui Costa.",
        "Minister Ana Lopes said the plan would require talks with Brazilian minister Rui Costa.",
    ],
)
def test_no_talks_told_as_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
