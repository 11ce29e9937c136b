"""The place gazetteer: cities, regions and landmarks, never countries or common words."""

from __future__ import annotations

import pytest

from kg.language.places import places


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Tampere", "city", "FIN"),
        ("Bayern", "region", "DEU"),
        ("the Bergen", "city", "NOR"),
        ("Texas", "region", "USA"),
        ("the West Bank", "region", "PSE"),  # regions ISO 3166-2 does not list
        ("Gaza Strip", "region", "PSE"),
        ("Darfur", "region", "SDN"),
    ],
)
def test_cities_and_regions_with_their_country(name: str, kind: str, country: str) -> None:
    found = places().lookup(name)
    assert found is not None and (found.kind, found.country) == (kind, country)


@pytest.mark.parametrize("name", ["Wadi Qasr", "Mount Orlan", "Vesna Street", "Kalto Airport"])
def test_words_that_make_a_name_a_landmark(name: str) -> None:
    found = places().lookup(name)
    assert found is not None and found.kind == "landmark"


@pytest.mark.parametrize("name", ["France", "North", "Union", "Independence", "Ann Vale", "wadi"])
def test_countries_common_words_and_people_are_not_places(name: str) -> None:
    assert not places().is_place(name)


def test_regions_as_news_writes_them_without_diacritics() -> None:
    from kg.language.places import places

    found = places().lookup("Rajasthan")
    assert found is not None and found.kind == "region" and found.country == "IND"
    assert places().lookup("Rājasthān") == found
