"""The people of a mission abroad: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.mission_staff import mission_staff


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A Malawian embassy official left.", "official", True),
        ("Two officials of the Peruvian embassy left.", "officials", True),
        ("The consulate staff left.", "staff", True),
        ("An employee at the Bolivian mission left.", "employee", True),
        ("A Malawian official left.", "official", False),  # of no mission
        ("The embassy guards left.", "guards", False),  # no staff word
        ("An official of the ministry left.", "official", False),
    ],
)
def test_mission_staff(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert mission_staff(token) is expected
