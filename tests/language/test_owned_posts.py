"""A post owned by the second of two countries after a person's "of" country, and
names listed or coordinated after such a country: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "first", "second", "country"),
    [
        ("Tomas Lind of Chile and Peru's ambassador, Ana Ruiz, met in Lima.",
         "Tomas Lind", "Ana Ruiz", "Peru"),
        ("Karel Novak of the Czech Republic and Poland's foreign minister, Anna Wisniak, "
         "met in Prague.", "Karel Novak", "Anna Wisniak", "Poland"),
    ],
)  # fmt: skip
def test_the_second_country_owns_the_post_of_a_second_person(
    facts_of, text: str, first: str, second: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(first, second) in met_pairs(facts)
    assert (second, country) in affiliations(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Lind of Chile, Peru's Ana Ruiz and Carlos Vega of Bolivia met in La Paz.",
        "Tomas Lind of Chile, Peru's Ana Ruiz and Carlos Vega met in La Paz.",
    ],
)
def test_a_list_of_people_each_of_a_country_all_meet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    met = met_pairs(facts_of(text))
    assert {pair("Tomas Lind", "Ana Ruiz"), pair("Ana Ruiz", "Carlos Vega")} <= met
    assert not any("Chile" in p or "Peru" in p for p in met)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Halvik of Slovakia and Hungary's Ilona Baranyi met in Vienna.",
        "The two ministers, Tomas Halvik of Slovakia and Hungary's Ilona Baranyi, met in Vienna.",
    ],
)
def test_a_name_the_model_misses_after_a_country_is_a_second_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    met = met_pairs(facts_of(text))
    assert pair("Tomas Halvik", "Ilona Baranyi") in met
    assert not any("Slovakia" in p or "Hungary" in p for p in met)


def test_a_post_of_two_countries_jointly_is_left_alone(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The wife of Chile and Peru's ambassador met the pope.")
    assert not any("Ana Ruiz" in p for p in met_pairs(facts))
    assert not any(name == "Peru" for name, _ in affiliations(facts))
