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
        ("the West Bank", "region", None),  # regions ISO 3166-2 does not list; disputed:
        ("Gaza Strip", "region", None),  # no country's
        ("Rafah", "region", None),
        ("Darfur", "region", "SDN"),
        ("West Yorkshire", "region", "GBR"),  # UK regions ISO lists by county only
        ("Greater Manchester", "region", "GBR"),
        ("Notts", "region", "GBR"),  # a county's usual short form
    ],
)
def test_cities_and_regions_with_their_country(name: str, kind: str, country: str | None) -> None:
    found = places().lookup(name)
    assert found is not None and (found.kind, found.country) == (kind, country)


@pytest.mark.parametrize("name", ["Wadi Qasr", "Mount Orlan", "Vesna Street", "Kalto Airport"])
def test_words_that_make_a_name_a_landmark(name: str) -> None:
    found = places().lookup(name)
    assert found is not None and found.kind == "landmark"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Bristol East", "GBR"), ("Leeds North West", "GBR"), ("Glasgow Central", "GBR")],
)
def test_a_town_and_compass_words_name_a_district(name: str, country: str) -> None:
    found = places().lookup(name)
    assert found is not None and (found.kind, found.country) == ("district", country)


@pytest.mark.parametrize("name", ["East", "North West", "Ann Vale East", "Bristol Eastern"])
def test_compass_words_need_a_town_before_them(name: str) -> None:
    found = places().lookup(name)
    assert found is None or found.kind != "district"


@pytest.mark.parametrize(
    "name", ["France", "North", "Union", "Independence", "Ann Vale", "wadi", "Toyota", "Nokia"]
)
def test_countries_common_words_and_people_are_not_places(name: str) -> None:
    assert not places().is_place(name)


def test_a_bracketed_part_of_a_place_name_is_left_out() -> None:
    from kg.language.places import Place, Places

    p = Places.__new__(Places)
    p._names, p.common = {}, set()
    p._add("Velmora [Nordvik]  ", Place("Velmora", "city", "NOR"))
    p._add(" Ostrakarsk ", Place("Ostrakarsk", "city", "NOR"))
    p._add("Brask [old", Place("Brask", "city", "NOR"))  # no closing bracket: kept
    assert sorted(p._names) == ["brask [old", "ostrakarsk", "velmora"]


def test_regions_as_news_writes_them_without_diacritics() -> None:
    from kg.language.places import places

    found = places().lookup("Rajasthan")
    assert found is not None and found.kind == "region" and found.country == "IND"
    assert places().lookup("Rājasthān") == found


def test_the_place_table_is_cached_and_read_back_the_same(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from kg.language import places as module

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    path = module._cache_path()
    assert path is not None and path.parent == tmp_path
    built = module.places()
    module._write_cache(path, built)
    again = module._from_json(json.loads(path.read_text(encoding="utf-8")))
    for name in ("Rajasthan", "Manchester", "Wadi Qasr", "Baker Street", "France"):
        assert again.lookup(name) == built.lookup(name)
    assert not list(tmp_path.glob("*.tmp"))  # written whole, then renamed
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert module._cache_path() is None  # caching turned off


@pytest.mark.parametrize(
    "text",
    [
        "West Yorkshire police said they had detained a man.",
        "Notts police chief Ann Lee said innocent people would suffer.",
        "Officials in Greater Manchester said the roads were closed.",
    ],
)
def test_a_region_is_never_an_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {"West Yorkshire", "Notts", "Greater Manchester"} & {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # towns better known as firms of the same name: the firm speaks and acts
        ("Toyota said on Monday that its sales had risen.", "Toyota"),
        ("Nokia and Vexa Systems agreed to build a new handset.", "Nokia"),
        ("Profits will fall this year, Hitachi warned.", "Hitachi"),
    ],
)
def test_a_town_better_known_as_a_firm_is_the_firm(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert firm in {a.name for a in facts_of(text).actors}


def test_a_big_city_named_like_a_firm_stays_a_place() -> None:
    found = places().lookup("Kawasaki")
    assert found is not None and found.kind == "city"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Potosi province", "BOL"),
        ("Loja region", "ECU"),
        ("the Kandahar province", "AFG"),
        ("Aceh province", "IDN"),
    ],
)
def test_a_name_and_its_division_noun_is_a_region(name: str, country: str) -> None:
    found = places().lookup(name)
    assert found is not None and found.kind == "region" and found.country == country


@pytest.mark.parametrize("name", ["a Palestinian state", "the North region"])
def test_a_division_noun_makes_no_place_of_a_common_word(name: str) -> None:
    assert places().lookup(name) is None


def test_a_division_of_the_world_has_no_country() -> None:
    found = places().lookup("Asia region")
    assert found is not None and found.country is None


@pytest.mark.parametrize("name", ["Lincoln Memorial", "Ardeatine Mausoleum", "Bagram Airfield"])
def test_memorials_and_airfields_are_landmarks(name: str) -> None:
    assert places().is_place(name)


@pytest.mark.parametrize("land", ["Antarctica", "Bouvet Island"])
def test_a_land_with_no_government_is_a_place_not_a_country(land: str) -> None:
    from kg.language.gazetteer import gazetteer

    assert gazetteer().lookup(land) is None
    found = places().lookup(land)
    assert found is not None and found.country is None


def test_a_visit_to_antarctica_is_no_contact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Soto visited Antarctica in January with a group of scientists.")
    assert not [e for e in facts.events if e.actors("host")]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Lombardy", "ITA"), ("Bavaria", "DEU"), ("Catalonia", "ESP"), ("Flanders", "BEL"),
     ("Tuscany", "ITA"), ("North Kivu", "COD")],
)  # fmt: skip
def test_regions_by_their_english_names(name: str, country: str) -> None:
    found = places().lookup(name)
    assert found is not None and found.kind == "region" and found.country == country


@pytest.mark.parametrize(
    "text",
    ["Cuba sent 52 doctors to Lombardy.", "Catalonia's regional government defied Madrid.",
     "Russian jets bombed targets in Dagestan."],
)  # fmt: skip
def test_a_region_named_in_english_takes_part_in_no_relation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts_of(text).actors}
    in_events = {names[p.actor] for e in facts_of(text).events for p in e.participants}
    assert not in_events & {"Lombardy", "Catalonia", "Dagestan"}
