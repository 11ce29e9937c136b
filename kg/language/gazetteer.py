"""General knowledge about actors: countries, demonyms, capitals, international bodies.

Country names and ISO 3166 codes come from ``pycountry``; ``data/countries.tsv``
adds the short names news uses ("Britain", "U.S."), demonyms, capitals and seats
of government (metonyms such as "the Kremlin") and Wikidata ids.
``data/organisations.tsv`` lists international organisations, standing groups
(P5+1, G7) and well-known agreements. Nothing here names a private person.

>>> gz = gazetteer()
>>> gz.lookup("Britain").key, gz.lookup("U.S.").iso2
('country/GBR', 'US')
>>> gz.demonym("Iranian").name
'Iran'
>>> gz.metonym("the Kremlin").name
'Russia'
>>> gz.lookup("P4+1 group of countries").type
'Group'
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import pycountry

from kg.records import ListedActor

# States ISO 3166 gives no code, by the codes in common use (Kosovo: XK / XKX, as
# the EU and many agencies write it; South Vietnam, gone before ISO 3166-3 listed
# withdrawn states: RVN, the Correlates of War code, with no two-letter code; West
# Germany, whose code today's Germany kept: BRD, its German initials).
_USER_ASSIGNED: dict[str, str | None] = {"XKX": "XK", "RVN": None, "BRD": None}
# ISO 3166 codes of lands with no people or government of their own ("Antarctica",
# "Bouvet Island"): places (see data/place-words.txt), never a country that acts.
_UNGOVERNED = frozenset({"ATA", "BVT", "HMD", "SGS", "ATF", "UMI"})


@dataclass(frozen=True)
class Entry:
    """One well-known actor."""

    key: str  # "country/IRN", "org/EU", "group/P5+1", "agreement/JCPOA"
    type: str  # Country | Organization | Group | Agreement
    name: str
    wikidata: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    country: str | None = None  # ISO alpha-3 of a national party or body
    contextual: bool = False  # an ambiguous form: only valid in an article about ``country``
    cameo: str | None = None  # CAMEO actor code (actors a user lists)

    @property
    def world_body(self) -> bool:
        """An organisation of no one country (the UN, the African Union)."""
        return self.type == "Organization" and not self.country


_LEADING_THE_ANY_CASE = re.compile(r"^(the)\s+", flags=re.I)
_LEADING_THE = re.compile(r"^(the|The)\s+")


# "Co-operation", "co-ordinating": the hyphen British spelling puts after "co".
_CO_HYPHEN = re.compile(r"\b([Cc]o)-(?=[oO])")
_ISATION = re.compile(r"isation\b")


def norm(text: str) -> str:
    """Case-, dot- and article-insensitive form of a name.

    >>> norm("the U.N.  Security Council")
    'un security council'
    >>> norm("Asia Pacific Economic Co-operation")  # British "co-", as one word
    'asia pacific economic cooperation'
    >>> norm("Organisation of American States")  # and British "-isation"
    'organization of american states'
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _LEADING_THE_ANY_CASE.sub("", text.strip())
    if "-" in text:  # (most names have none: a regex is slower than the test)
        text = _CO_HYPHEN.sub(r"\1", text)
    text = text.replace(".", "").replace("-", " ").lower()
    if "isation" in text:
        text = _ISATION.sub("ization", text)
    return " ".join(text.split())


# An acronym of four or more letters that many papers print in title case, as a
# word ("Nato", "Opec", "Ecowas", "Asean"); three-letter ones stay exact ("Who").
_SAID_AS_A_WORD = re.compile(r"[A-Z]{4,}")
# A body described by its owner, its field and its kind ("UN refugee agency", "EU
# border agency"): owner and field alone name it before a post ("UN refugee chief").
_DESCRIBED = re.compile(r"((?:U\.N\.|UN|EU)(?: [a-z]+(?:'s)?){1,2}) (?:agency|watchdog|office)")


class Gazetteer:
    """Lookups from surface strings to :class:`Entry` records."""

    def __init__(self) -> None:
        self._exact: dict[str, Entry] = {}
        self._folded: dict[str, Entry] = {}
        self._demonyms: dict[str, Entry] = {}
        self._metonyms: dict[str, Entry] = {}
        self._former: dict[str, Entry] = {}  # "?Moscow": the Soviet Union's, when named
        self._metonym_forms: list[str] = []
        self._described: dict[str, Entry] = {}  # norm("UN refugee"): its field, before a post
        self.entries: dict[str, Entry] = {}
        self._listed: dict[str, Entry] = {}
        self._forms: dict[str, tuple[str, ...]] = {}  # a listed body's name and aliases
        self.listed_version = 0
        self._load_countries()
        self._load_organisations()

    # -- loading ---------------------------------------------------------
    def _add_name(self, name: str, entry: Entry) -> None:
        name = name.strip()
        if not name:
            return
        self._exact.setdefault(name, entry)
        # Short or all-capital forms ("US", "UK", "WHO") must match exactly, so
        # that the pronoun "us" or the word "who" never become actors.
        if len(name.replace(".", "")) > 3 and not name.isupper():
            self._folded.setdefault(norm(name), entry)
        elif "." in name:
            self._exact.setdefault(name.replace(".", ""), entry)

    def _load_countries(self) -> None:
        rows = _rows("countries.tsv")
        for iso3, qid, names, demonyms, metonyms in rows:
            record = pycountry.countries.get(alpha_3=iso3)
            historic = None if record else pycountry.historic_countries.get(alpha_3=iso3)
            base = record or historic
            extra = [n for n in names.split("|") if n]
            if base is None and not (iso3 in _USER_ASSIGNED and extra):
                raise ValueError(f"countries.tsv: unknown ISO code {iso3}")
            display = (
                extra[0]
                if extra or base is None
                else getattr(base, "common_name", None) or base.name
            )
            iso2 = record.alpha_2 if record else _USER_ASSIGNED.get(iso3)
            entry = Entry(f"country/{iso3}", "Country", display, qid or None, iso2, iso3)
            self.entries[entry.key] = entry
            official = []
            if base is not None:
                official = [
                    base.name,
                    getattr(base, "official_name", ""),
                    getattr(base, "common_name", ""),
                ]
            for name in [*extra, *official]:
                self._add_name(name, entry)
            for dem in demonyms.split("|"):
                if dem:
                    self._demonyms.setdefault(dem, entry)
            for met in metonyms.split("|"):
                if met.startswith("?"):
                    self._former[norm(met[1:])] = entry
                elif met:
                    self._metonyms.setdefault(norm(met), entry)
                    self._metonym_forms.append(re.sub(r"^the\s+", "", met))
        # Countries that the table does not list still resolve by their ISO names.
        for record in pycountry.countries:
            key = f"country/{record.alpha_3}"
            if key in self.entries or record.alpha_3 in _UNGOVERNED:
                continue
            display = getattr(record, "common_name", None) or record.name
            entry = Entry(key, "Country", display, None, record.alpha_2, record.alpha_3)
            self.entries[key] = entry
            for name in (record.name, getattr(record, "official_name", ""), display):
                self._add_name(name, entry)

    def _load_organisations(self) -> None:
        prefix = {"Organization": "org", "Group": "group", "Agreement": "agreement"}
        rows = _rows("organisations.tsv")
        for code, kind, qid, name, aliases, metonyms, adjectives, country in rows:
            entry = Entry(f"{prefix[kind]}/{code}", kind, name, qid or None, None, None,
                          country or None)  # fmt: skip
            unsure = replace(entry, contextual=True)
            self.entries[entry.key] = entry
            forms = [a for a in aliases.split("|") if a]
            self._forms[entry.key] = (name, *(a.lstrip("?") for a in forms))
            ambiguous = {a[1:] for a in forms if a.startswith("?")}
            for alias in [name, *forms]:
                if alias.startswith("?"):
                    self._add_name(alias[1:], unsure)
                elif alias not in ambiguous:
                    self._add_name(alias, entry)
                    if described := _DESCRIBED.fullmatch(alias):  # and "the UN's refugee"
                        for form in (described[1], described[1].replace(" ", "'s ", 1)):
                            self._described.setdefault(norm(form), entry)
                    if _SAID_AS_A_WORD.fullmatch(alias):  # house style: "Nato", "Ecowas"
                        self._add_name(alias.title(), entry)
            for met in metonyms.split("|"):
                if met:
                    self._metonyms.setdefault(norm(met), entry)
                    self._metonym_forms.append(re.sub(r"^the\s+", "", met))
            for adj in adjectives.split("|"):
                if adj:
                    self._demonyms.setdefault(adj.lstrip("?"), unsure if adj[0] == "?" else entry)
                    if " " in adj and adj[0] != "?":
                        self._add_name(adj, entry)  # "Liberal Democrat" as one name

    def use_listed(self, actors: Iterable[ListedActor]) -> None:
        """Actors a user lists (``kg ingest --actors``): recognised by their names
        and aliases, they win over the built-in entries. Replaces any earlier list,
        bringing back the built-in entries it had replaced."""
        shadowed: dict[str, Entry | None] = getattr(self, "_shadowed", {})
        for key, builtin in shadowed.items():
            if builtin is None:
                self.entries.pop(key, None)
            else:
                self.entries[key] = builtin
        self._shadowed: dict[str, Entry | None] = {}
        self._listed = {}
        self._listed_names: list[str] = []
        for a in actors:
            self._shadowed.setdefault(a.key, self.entries.get(a.key))
            iso3 = a.iso if a.iso and len(a.iso) == 3 else None
            iso2 = a.iso if a.iso and len(a.iso) == 2 else None
            entry = Entry(a.key, a.type.value, a.name, a.wikidata, iso2, iso3, a.country,
                          cameo=a.cameo)  # fmt: skip
            self.entries[a.key] = entry
            for form in (a.name, *a.aliases):
                self._listed.setdefault(_listed_form(form), entry)
                self._listed_names.append(form)
        self.listed_version += 1

    def listed(self, name: str) -> Entry | None:
        """The listed actor a name or alias refers to, if any."""
        return self._listed.get(_listed_form(name)) if self._listed else None

    def listed_names(self) -> list[str]:
        """The names and aliases of the listed actors, as written."""
        return list(self._listed_names) if self._listed else []

    # -- lookups ---------------------------------------------------------
    def lookup(self, name: str) -> Entry | None:
        """The entry a name (not a demonym or metonym) refers to, if any."""
        listed = self.listed(name)
        if listed is not None:
            return listed
        name = name.strip().replace("\u2019", "'")
        found = self._exact.get(name) or self.described(name)
        if not found and name.startswith(("the", "The")):
            found = self._exact.get(_LEADING_THE.sub("", name))
        if found:
            return found
        folded = norm(name)
        if len(folded) <= 3 or name.islower():
            return None  # "chad", "us": common words, not names
        return self._folded.get(folded)

    def forms(self, key: str) -> tuple[str, ...]:
        """The name and aliases of a body the organisations table lists, as written
        ("International Atomic Energy Agency", "IAEA", "UN nuclear watchdog")."""
        return self._forms.get(key, ())

    def described(self, words: str) -> Entry | None:
        """The body an owner and a field name before a post: "UN refugee" (chief), in
        any spelling of the owner ("U.N. refugee", "UN Refugee"), never in lower case
        ("un" is a word of other languages)."""
        return None if words.islower() else self._described.get(norm(words))

    def demonym(self, word: str) -> Entry | None:
        """The actor a demonym or adjective refers to ("Iranian", "Tory", "Western")."""
        word = word.strip()
        listed = self.listed(word)
        if listed is not None:
            return listed
        found = self._demonyms.get(word)
        if found is None and word.islower():
            # "iranian" is Iranian, but "republican" or "labour" is no party
            found = self._demonyms.get(word.title())
            found = found if found is not None and found.type == "Country" else None
        return found

    def demonym_country(self, word: str) -> str | None:
        """The key of the country a demonym names ("Bolivian"), not of a party or bloc
        ("Tory", "Western")."""
        entry = self.demonym(word)
        return entry.key if entry is not None and entry.type == "Country" else None

    def adjective_in(self, words: list[str]) -> Entry | None:
        """The first demonym or party adjective among ``words``, two-word ones
        first, so "Liberal Democrat leader" is a Liberal Democrat, not a Democrat.

        >>> gazetteer().adjective_in("the Liberal Democrat leader".split()).name
        'Liberal Democrats'
        """
        for i in range(len(words) - 1):
            found = self._demonyms.get(f"{words[i]} {words[i + 1]}")
            if found is not None:
                return found
        return next((d for d in map(self.demonym, words) if d is not None), None)

    def metonym(self, name: str) -> Entry | None:
        """The actor a capital or seat of power stands for ("Tehran", "the Kremlin")."""
        return self._metonyms.get(norm(name))

    def former_metonym(self, name: str) -> Entry | None:
        """The former state a seat of power stood for, in a story that names that
        state ("the Kremlin" beside "the Soviet Union" or "Soviet leader X")."""
        return self._former.get(norm(name))

    def seat_in(self, name: str, actors: Container[str]) -> Entry | None:
        """The state a capital stands for in a story with these ``actors``: the former
        state whose seat it was when the story names that state and not today's
        ("arrived in Moscow" beside "Soviet leaders"), else today's."""
        now, former = self.metonym(name), self.former_metonym(name)
        if former is not None and former.key in actors and (now is None or now.key not in actors):
            return former
        return now

    def country_of_place(self, place: str | None) -> str | None:
        """The country a dateline place names or is the capital of.

        >>> gazetteer().country_of_place("WASHINGTON")
        'country/USA'
        >>> gazetteer().country_of_place("KANO, Nigeria")  # the AP style: city, country
        'country/NGA'
        """
        if not place:
            return None
        for part in reversed(place.split(",")):  # the country after the city first
            name = part.strip().title()
            entry = self.metonym(name) or self.lookup(name)
            if entry is not None and entry.type == "Country":
                return entry.key
        return None

    def is_country(self, name: str) -> bool:
        """True for a name of a country the gazetteer knows ("Peru", "the UK")."""
        entry = self.lookup(name)
        return entry is not None and entry.type == "Country"

    def is_place(self, name: str) -> bool:
        """True for a country, capital or other place the gazetteer knows."""
        return self.is_country(name) or bool(self.metonym(name))

    def names(self) -> list[tuple[str, Entry]]:
        """Every exact surface form with its entry (for building matchers)."""
        return list(self._exact.items())

    def metonym_forms(self) -> list[str]:
        """Capitals and seats of power as written ("Downing Street", "Kremlin")."""
        return list(dict.fromkeys(self._metonym_forms))

    def demonyms(self) -> list[tuple[str, Entry]]:
        return list(self._demonyms.items())


def _listed_form(name: str) -> str:
    """Listed names match whatever their case ("ARNOR", "Arnor")."""
    return norm(name).replace("'s", "")


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("kg.language").joinpath("data", filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        rows.append(cells + [""] * (7 - len(cells)))
    width = 5 if filename == "countries.tsv" else 8
    return [(r + [""] * width)[:width] for r in rows]


@cache
def gazetteer() -> Gazetteer:
    """The shared, lazily built gazetteer."""
    return Gazetteer()
