"""A dashed pair of countries before a name and a treaty noun (kg.extract.dashed_pairs):
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Japan-Palau Kizuna Partnership treaty entered into force on Monday.",
         "Japan", "Palau"),
        ("The Chile-Peru Andes Union accord took effect in May.", "Chile", "Peru"),
        ("The Fiji-Nauru Ocean Partnership accord took effect in June.", "Fiji", "Nauru"),
    ],
)  # fmt: skip
def test_a_dashed_pair_before_a_name_names_both_countries(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in cooperation_pairs(facts_of(text))


def test_a_dashed_pair_ties_no_body_read_into_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Japan-Palau Kizuna Partnership treaty entered into force."
    found = cooperation_pairs(facts_of(text))
    assert pair("Japan", "Palau") in found
    assert not any("Kizuna" in name for p in found for name in p)
