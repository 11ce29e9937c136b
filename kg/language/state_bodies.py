"""Bodies of a country's state named by their kind: "Belarus's supreme court", "the
parliament of Hungary", "the US Supreme Court". Such a name says what the body is,
not whose; every country has one. Named with its country ("Belarus supreme court"),
one country's court is never another's, in this story or the next; a kind of body
no single one of a country has ("a court in Belarus", "the court of Peru") stays a
description, as "a Dutch court" does.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.language.body_words import GENERIC_BODIES, STATE_ORGANS, UNIQUE_BODIES
from kg.language.country_agents import of_a_country
from kg.language.gazetteer import Entry, Gazetteer, gazetteer
from kg.language.lexicon import AGENT_NOUNS, PORTFOLIO_WORDS
from kg.language.mention_record import Mention
from kg.language.names import POSSESSIVE_ENDINGS, clean_name
from kg.language.owned_bodies import owned_kind, owner_country
from kg.language.peoples import two_states

_KIND_WORDS = STATE_ORGANS | UNIQUE_BODIES | PORTFOLIO_WORDS


def named_by_kind(words: Sequence[str]) -> bool:
    """True when a body's name is only its kind, in a word or two: "supreme court",
    "Parliament", "foreign ministry" (not "Lotus Bank", nor "Turkish constitutional
    court", which names its country)."""
    low = [w.lower() for w in words]
    if not 0 < len(low) <= 2:
        return False  # "Supreme National Security Council": a name of its own
    return low[-1] in STATE_ORGANS and all(w in _KIND_WORDS for w in low)


def body_name(doc: Doc, mentions: Sequence[Mention], body: Mention, name: str) -> str:
    """A kind-named body's name with its country ("Belarus supreme court"), also
    when the story names it again without ("... The supreme court also ruled"), or
    with the place it is said to be of ("Gaza's health ministry"). A country's
    possessive the model took into the name is no part of it: "Iran's foreign
    ministry" is "Iran foreign ministry", as "the Iranian foreign ministry" is."""
    first, _, rest = name.partition(" ")
    country = next((first[: -len(e)] for e in POSSESSIVE_ENDINGS if first.endswith(e)), None)
    kind = rest.split()
    if (
        country
        and (named_by_kind(kind) or _lower_organ(kind))
        and any(
            m.kind == "country" and not m.metonym and clean_name(m.text) == country
            for m in mentions
        )
    ):
        return f"{country} {rest}"
    if not named_by_kind(name.split()):
        return name
    for m in [body, *reversed(mentions[: body.id])]:
        if m is body or (m.kind == "org" and clean_name(m.text).lower() == name.lower()):
            owner = owning_country(doc, mentions, m)
            if owner is not None:
                return f"{owner.name} {name}"
    # "Gaza's health ministry": a place's own, as "the Gaza health ministry" is
    place = [p for p in mentions if p.kind == "place" and named_before(doc, p, body)]
    return f"{clean_name(place[0].text)} {name}" if place else name


def _lower_organ(words: Sequence[str]) -> bool:
    """A body of the state told in lower case by its kind: "electoral commission",
    or a country's own body by its field: "athletics federation"."""
    return (
        0 < len(words) <= 3
        and all(w.islower() for w in words)
        and (words[-1] in STATE_ORGANS or owned_kind(words))
    )


def demonym_owner(gz: Gazetteer, name: str) -> Entry | None:
    """The country whose demonym opens the name of one of its bodies, the model
    having tagged the whole as one name: "Kazakh foreign ministry" (Kazakhstan); none
    for a body a country has many of ("Dutch court")."""
    words = name.split()
    # a demonym of two words opens "South Korean National Assembly"
    k = 2 if len(words) > 2 and gz.demonym(" ".join(words[:2])) is not None else 1
    if len(words) <= k or not named_by_kind(words[k:]):
        return None
    demonym = " ".join(words[:k])
    country = gz.demonym(demonym)
    if country is None or country.type != "Country" or country.name == demonym:
        return None
    low = [w.lower() for w in words[k:]]
    if low[-1] in GENERIC_BODIES and not any(w in UNIQUE_BODIES for w in low):
        return None
    return country


def country_opening(gz: Gazetteer, name: str) -> Entry | None:
    """The country whose name opens a body's own name, two capitalised words or more
    after it: "Japan Anti-Doping Agency", "Canada Border Services Agency" (not "US
    Senate": a state's organ, told otherwise)."""
    words = name.split()
    for k in (2, 1):
        rest = words[k:]
        if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
            continue
        country = gz.lookup(" ".join(words[:k]))
        if country is not None and country.type == "Country":
            return country
    return None


def country_body_key(gz: Gazetteer, name: str) -> str:
    """The name a country's own body is known by, whichever way the story puts its
    country: "the Hungarian parliament" is "Hungary parliament", as "Hungary's
    parliament" and "the parliament of Hungary" are. Only a body the country has one
    of: "Dutch court" stays as it is (some court), "Dutch supreme court" does not.
    """
    words = name.split()
    if (owner := owner_country(words)) is not None and not words[0].endswith("'s"):
        return " ".join([owner.name, *words[1:]])  # "Indian cricket board"
    if len(words) < 2 or not named_by_kind(words[1:]):
        return name
    country = gz.demonym(words[0])
    low = [w.lower() for w in words[1:]]
    if country is None or country.type != "Country" or country.name == words[0]:
        return name
    if low[-1] in GENERIC_BODIES and not any(w in UNIQUE_BODIES for w in low):
        return name
    return " ".join([country.name, *words[1:]])


def owning_country(doc: Doc, mentions: Sequence[Mention], body: Mention) -> Entry | None:
    """The country just before a body ("Peru's supreme court", "the US Supreme
    Court") or after it by "of" or "in" ("the parliament of Hungary")."""
    for other in mentions:
        entry = other.entry
        if other.id == body.id or entry is None or entry.type != "Country":
            continue
        before = named_before(doc, other, body)
        between = doc[body.end + 1 : other.start]  # "the parliament of the Netherlands"
        after = (
            body.end < other.start
            and doc[body.end].lower_ in {"of", "in"}
            and all(t.lower_ == "the" for t in between)
        )
        if before or after:
            return entry
    return None


def named_before(doc: Doc, owner: Mention, body: Mention) -> bool:
    """Whether ``owner`` is named just before ``body``, with or without a possessive:
    "the US Treasury", "Peru's supreme court"."""
    return owner.end == body.start or (
        owner.end + 1 == body.start and doc[owner.end].text in POSSESSIVE_ENDINGS
    )


def organ_of_a_country(tok: Token) -> bool:
    """ "the parliament of Hungary", "the foreign ministry in Peru": the one such body
    of the country after it ("a court in Belarus" is some court there)."""
    if tok.lower_ not in STATE_ORGANS or tok.tag_ not in {"NN", "NNP"} or not of_a_country(tok):
        return False
    if tok.lower_ in AGENT_NOUNS:
        return False  # "the government of Peru", "the army of Sudan" are Peru and Sudan
    mods = list(tok.lefts)
    if not any(c.lower_ == "the" for c in mods):
        return False
    return tok.lower_ not in GENERIC_BODIES or any(c.lower_ in UNIQUE_BODIES for c in mods)


# The words a country's own forces are named with besides their country ("the Afghan
# National Army", "the Lebanese Armed Forces", "Iraqi Security Forces"); a force named
# with any other ("the Syrian Democratic Forces", "the Free Syrian Army") is a body of
# its own, whatever country its name gives.
STATE_FORCE_WORDS = frozenset(
    "national armed royal federal defence defense self-defence self-defense air naval navy "
    "army special security border coast guard guards military regular government interim "
    "joint ground land marine marines imperial republican revolutionary presidential".split()
)


def named_force_of_its_own(gz: Gazetteer, words: Sequence[str]) -> bool:
    """True for a force whose proper name holds a word no state's own forces are
    named with, once its country's words are set aside: "Syrian Democratic Forces",
    "Free Syrian Army" (not "Afghan National Army", nor "Syrian government forces",
    a description), or a name of a people's adjective and "Forces" alone ("the
    Lebanese Forces"; "Lebanese forces" are a description); so is a people's within a
    country ("Bosnian Serb forces")."""
    if people_within(gz, words):
        return True
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    if len(words) == 2 and words[-1] == "Forces" and gz.demonym_country(words[0]):
        return True  # "the Lebanese Forces", a party's name ("Lebanese forces" are Lebanon's)
    i, rest = 0, words[:-1]
    while i < len(rest):
        for n in (3, 2, 1):
            phrase = " ".join(rest[i : i + n])
            entry = gz.lookup(phrase) if n > 1 or phrase[:1].isupper() else None
            entry = entry or (gz.demonym(phrase) if n <= 2 else None)
            if i + n <= len(rest) and entry is not None and entry.type == "Country":
                i += n
                break
        else:
            word = rest[i]
            if word[:1].isupper() and word.lower() not in STATE_FORCE_WORDS:
                return True
            i += 1
    return False


# Heads of a people's armed force ("Bosnian Serb forces", "the Bosnian Croat army"); a
# "Greek Cypriot government" is no such force.
_FORCE_HEADS = frozenset("forces troops army military militia militias fighters".split())


def people_within(gz: Gazetteer, words: Sequence[str]) -> bool:
    """ "Bosnian Serb forces", "the Bosnian Croat army": one country's demonym before
    another's names a people living in the first, whose forces act for neither state
    (not "South Korean troops", one country in two words)."""
    if not words or words[-1].lower() not in _FORCE_HEADS:
        return False
    return any(two_states(gz, a, b) for a, b in pairwise(words[:-1]))


# The fields of an agency a firm may be: "a travel agency", "Japan's biggest ad agency".
_TRADE_FIELDS = frozenset(
    """advertising ad ads travel ratings rating credit employment recruitment modelling
    model talent news press marketing estate insurance shipping dating""".split()
)


def country_agency(doc: Doc, tok: Token) -> bool:
    """A country's own agency named by its field after the country's possessive:
    "Japan's anti-doping agency", "Brazil's space agency" (not "Japan's agency", "a US
    agency", nor "Japan's travel agency", a firm's trade): a country has many agencies,
    one for each field."""
    if tok.lower_ != "agency" or tok.tag_ != "NN":
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return False
    entry = gazetteer().lookup(owners[0].text)
    if entry is None or entry.type != "Country":
        return False
    fields = [t for t in doc[owners[0].right_edge.i + 1 : tok.i] if t.is_alpha]
    return bool(fields) and all(t.is_lower and t.lower_ not in _TRADE_FIELDS for t in fields)
