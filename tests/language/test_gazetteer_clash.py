"""A model entity that overlaps gazetteer names (kg.language.gazetteer_clash):
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The IMF agreed to lend Argentina 20 billion dollars on Tuesday.", "Argentina"),
        ("The IMF agreed to lend Ghana 5 billion dollars on Monday.", "Ghana"),
        ("The IMF lent Ukraine 15 billion dollars last year.", "Ukraine"),
    ],
)
def test_a_sum_after_a_country_is_no_part_of_its_name(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperation_pairs(facts_of(text))
    assert frozenset({"International Monetary Fund", country}) in pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Japan Airlines signed a deal with Kenya.", "Japan Airlines"),
        ("Kenya Airways signed a deal with Egypt.", "Kenya Airways"),
    ],
)
def test_a_name_after_a_country_stays_whole(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {a.name for a in facts_of(text).actors}
