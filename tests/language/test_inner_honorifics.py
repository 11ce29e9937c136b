"""An honorific that is also a word inside a name."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ahmed Sheikh Nur met the Kenyan president on Monday.", "Ahmed Sheikh Nur", "Kenya"),
        ("Somali President Hassan Sheikh Dahir met Abiy Ahmed in Ankara.",
         "Hassan Sheikh Dahir", "Abiy Ahmed"),
        ("Omar Sheikh Abdi met Ann Vale in Nairobi.", "Omar Sheikh Abdi", "Ann Vale"),
    ],
)  # fmt: skip
def test_sheikh_after_a_given_name_is_part_of_the_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "a"),
    [
        ("Sheikh Ali Nur met Ann Vale in Doha.", "Ali Nur"),  # an honorific before the name
        ("Emir Sheikh Tamim met Ann Vale.", "Tamim"),  # after a title: still the honorific
    ],
)
def test_sheikh_before_a_name_is_its_honorific(facts_of, text: str, a: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, "Ann Vale") in met_pairs(facts_of(text))
