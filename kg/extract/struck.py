"""Where force lands when no actor is named as its target: on the country of
the place it hits ("bombed positions in Iraq", "shelled Kharkiv") or of the
people a state holds ("detained two Chilean sailors").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.envoys import served_states
from kg.extract.modifier_owners import OWNING_DEPS, modifier_owners
from kg.extract.senses import FORCE_ROOTS
from kg.extract.triggers import trigger
from kg.language.actor_context import PLACE_NOUNS
from kg.language.event_words import VICTIM_NOUNS
from kg.language.gazetteer import gazetteer
from kg.language.places import places
from kg.records import Modality

_WITHIN = {"in", "inside"}
# Where a target lies beside a named city: "struck targets near Damascus", "a strike on
# an air base outside Homs" (only a named place: "near the border with X" says nothing).
_BESIDE = {"near", "outside", "around"}
# A side of a named city, told with "of": "struck sites south of Kharkiv".
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# Nouns for a part of a country: "the Idlib province of Syria".
_DIVISION_NOUNS = frozenset(
    {"province", "region", "district", "governorate", "state", "county", "capital"}
)


def all_states(keys: list[str]) -> bool:
    """Whether there are actors and every one is a country: a state's act ("Peru
    shelled Arica"), not a rebel group's or a firm's."""
    return bool(keys) and all(k.startswith("country/") for k in keys)


def attacked_country(
    ctx: Context, verb: Token, agents: list[str], aimed: list[Token] | None = None
) -> list[str]:
    """ "Ugandan militants killed 40 people in Kisumu, Kenya": violence against
    people in a country is aimed at that country, when the attackers come from
    elsewhere; ``aimed``: what the verb's prepositions say it was aimed at ("fired
    rockets at a base in northern Chad"; not an event, "fired X at a meeting in Chad")."""
    found: list[str] = []
    aimed = [t for t in aimed or [] if trigger(t.lower_, "noun") is None]
    spots = g.prep_objects(verb, _WITHIN) + [
        p for o in dict.fromkeys([*g.direct_objects(verb), *aimed])
        for p in g.prep_objects(o, _WITHIN)
    ]  # "bombed Kurdish positions in Iraq", "struck hideouts inside Syria"
    for spot in spots:
        for t in spot.subtree:
            key = ctx.actors.at(t.i)
            if key and key.startswith("country/") and key not in agents:
                found.append(key)
    if not found and all_states(agents):
        # "Israeli troops raided a camp in Jenin": a state's force in another's city
        found = [k for s in spots for t in g.conjuncts(s)
                 if (k := country_of_place(ctx, t)) and k not in agents]  # fmt: skip
    return list(dict.fromkeys(found)) if agents else []


def struck_place(ctx: Context, targets: list[Token], agents: list[str]) -> list[str]:
    """ "Russia shelled Kharkiv", "North Korea fired rockets at Seoul": force used by
    one country on a city or region of another is used on that country (the place
    stays a place)."""
    if not all_states(agents):
        return []
    found = [k for p in targets for t in g.conjuncts(p)  # "strikes on Kyiv and Lviv"
             if (k := country_of_place(ctx, t) or _division_of(ctx, t)) and k not in agents]  # fmt: skip
    return list(dict.fromkeys(found))


def _division_of(ctx: Context, noun: Token) -> str | None:
    """ "bombed the Idlib province of Syria", "the border region of Chad": the country
    a division is "of"; "shelled the city of Aleppo": the country of the place named."""
    lemma = noun.lemma_.lower()
    if lemma not in PLACE_NOUNS or noun.ent_type_:
        return None
    named = g.prep_objects(noun, {"of"})
    if len(named) != 1:
        return None
    owner = ctx.actors.at(named[0].i)
    if owner is not None:
        return owner if lemma in _DIVISION_NOUNS and owner.startswith("country/") else None
    return country_of_place(ctx, named[0])


def struck_nearby(ctx: Context, spots: list[Token], agents: list[str]) -> list[str]:
    """ "Israeli jets struck targets near Damascus", "the US strike on an air base
    near Homs", "struck sites south of Kharkiv": force used by one country beside a city of another is used on that
    country; ``spots`` are the verb or noun of force and what it hit."""
    if not all_states(agents):
        return []
    sides = [c for s in spots for c in s.children if c.dep_ == "advmod" and c.lower_ in _COMPASS]
    found = [k for s in spots for p in g.prep_objects(s, _BESIDE) for t in g.conjuncts(p)
             if (k := country_of_place(ctx, t)) and k not in agents]  # fmt: skip
    # "south of Kharkiv", "south of Damascus" (a capital named for its government too)
    found += [k for c in sides for p in g.prep_objects(c, {"of"}) for t in g.conjuncts(p)
              if (k := _capital_or_place(ctx, t)) and k not in agents]  # fmt: skip
    return list(dict.fromkeys(found))


def _capital_or_place(ctx: Context, t: Token) -> str | None:
    """The country of a named city, or the country its capital's name stands for."""
    key = ctx.actors.at(t.i)
    if key is not None and key.startswith("country/") and t.ent_type_ == "GPE":
        return key if gazetteer().seat_in(t.text, ctx.actors.actors) is not None else None
    return country_of_place(ctx, t)


def means_owners(ctx: Context, noun: Token, cameo: str) -> list[str]:
    """ "Russian missile strikes", "Turkish artillery fire": the country before the
    means a noun of force names uses it (the parser hangs it on the means). Only
    force: "the Russian gas embargo" falls on Russia's gas."""
    if cameo[:2] not in FORCE_ROOTS:
        return []
    found = [k for c in noun.children if c.dep_ == "compound" and c.i < noun.i
             and ctx.actors.at(c.i) is None for a in c.children
             if a.dep_ == "amod" and (k := ctx.actors.at(a.i)) and k.startswith("country/")]  # fmt: skip
    return list(dict.fromkeys(found))


def country_of_place(ctx: Context, token: Token) -> str | None:
    """The country a named city or region that is no actor lies in ("Kharkiv"), also
    one the model left unnamed ("strikes on Arequipa": a proper noun the places list
    knows, alone or with the proper nouns before it)."""
    mention = ctx.actors.named_at(token.i)
    if ctx.actors.at(token.i) is not None:
        return None  # the name of an actor
    if mention is not None:
        name = mention.text
    elif token.pos_ == "PROPN" and not token.ent_type_:
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in [*words, token])
    else:
        return None
    capital = gazetteer().seat_in(name, ctx.actors.actors)  # (a former state's, if named)
    place = places().lookup(name)
    if capital is not None and capital.type == "Country":
        return capital.key
    return f"country/{place.country}" if place is not None and place.country else None


def nation_named(t: Token) -> str | None:
    """The country whose people a plural demonym noun names: "six Americans", "two
    Britons", "three Canadians" (not "American prisoners": a nationality, not people)."""
    if t.tag_ not in {"NNS", "NNPS"} or not t.text[:1].isupper() or not t.text.endswith("s"):
        return None
    gz = gazetteer()
    entry = gz.demonym(t.text) or gz.demonym(t.text[:-1])
    return entry.key if entry is not None and entry.type == "Country" else None


def told_hit(ctx: Context, verb: Token) -> list[Token]:
    """What a verb of striking says a noun of force hit, when it says so as a fact
    ("shelling damaged X"; not "fire did not damage X", "shelling could destroy X":
    the force may be real, but what it hit is not told)."""
    if g.negated(verb) or g.modality(ctx, verb) in {Modality.PLANNED, Modality.HYPOTHETICAL}:
        return []
    return g.direct_objects(verb)


def victims_of(
    ctx: Context, hit: list[Token], agents: list[str], spots: list[Token], found: list[str]
) -> list[str]:
    """ "a Saudi raid killed 12 Yemeni fishermen", "shelling killed dozens of Ethiopian
    civilians": the country of the people a state's force hit (``hit``: what the verb
    of striking says it hit; the people counted after "of"), unless it hit them in
    another country (``spots``: the words of force that may say where); ``found``: the
    actors it hit, kept unless they are such people (:func:`victim_groups`)."""
    groups = victim_groups(ctx, hit, agents)
    if found := [k for k in found if k not in groups]:
        return found
    people = [p for t in hit for p in [t, *g.prep_objects(t, {"of"})]]
    ground = ground_of(ctx, [*spots, *hit])
    return [k for k in nationals_of(ctx, people, agents) if not ground or k in ground]


def victim_groups(ctx: Context, hit: list[Token], agents: list[str]) -> set[str]:
    """Groups named by people a state's force hit ("killed two Indian students"): they
    are victims, nationals of their country (:func:`nationals_of`), no party."""
    if not all_states(agents):
        return set()
    keys = {ctx.actors.at(t.i) for t in hit if t.lemma_.lower() in VICTIM_NOUNS}
    return {k for k in keys if k and k.startswith("group/")}


# Where force fell: "killed two workers in southern Israel", "a strike on Kharkiv",
# "near Mogadishu", "at a Saudi oil terminal".
_GROUND = {"in", "inside", "near", "outside", "at", "on"}


def ground_of(ctx: Context, spots: list[Token]) -> set[str]:
    """The countries a verb or noun of force, or what it hit, says it fell in ("in the
    Ukrainian port of Izmail", "on Kharkiv"; also in a clause of time: "when they
    struck the port of Olvia in Ukraine"). Nationals of another country hit there are
    victims abroad, no act on their country: "a strike in southern Lebanon killed a
    British aid worker" is none on the United Kingdom."""
    spots = spots + [a for s in spots for c in s.children if c.dep_ == "advcl"
                     for a in [c, *g.direct_objects(c)]]  # fmt: skip
    return {k for s in spots for p in g.prep_objects(s, _GROUND) for t in g.conjuncts(p)
            for k in _land_of(ctx, t, 2)}  # fmt: skip


def _land_of(ctx: Context, t: Token, depth: int) -> set[str]:
    """The country a place word names or lies in: "Israel", "Kharkiv", "the Ukrainian
    port", "the port of Olvia" (``depth``: how many "of" to follow)."""
    key = ctx.actors.at(t.i)
    if key is not None:
        return {key} if key.startswith("country/") else set()
    if (place := country_of_place(ctx, t)) is not None:
        return {place}
    # a demonym or name before it ("Syrian towns"); a possessor owns, is no land ("Hamas's tunnels")
    found = {k for k in modifier_owners(ctx, t, OWNING_DEPS - {"poss"}, before=True)
             if k.startswith("country/")}  # fmt: skip
    for o in g.prep_objects(t, {"of"}) if depth and not found else []:
        found |= _land_of(ctx, o, depth - 1)
    return found


# Sending people away or keeping them out (CAMEO 166, 174): of a state's envoys, staff or
# forces an act on the state, of its nationals, migrants or students none ("Italy deported
# 40 Tunisian nationals" is no act against Tunisia; "expelled two Tunisian diplomats" is).
_SENT_AWAY = frozenset({"166", "174"})
# Who is taken in war: an armed group that frees them yields to their state too ("the
# rebels released 40 Saudi prisoners"), unlike hostages taken for ransom.
_WAR_CAPTIVES = frozenset({"prisoner", "pow", "detainee", "soldier", "serviceman", "servicemen"})


def nationals_of(
    ctx: Context, targets: list[Token], agents: list[str], release: bool = False
) -> list[str]:
    """ "Peru detained two Chilean sailors", "Iran freed a French journalist",
    "Iran freed two Britons": a state's act on another country's nationals is an act
    on that country. Only a state's: "rebels kidnapped two Spanish tourists" is no
    act on Spain; but (``release``) "the rebels freed 40 Saudi prisoners" yields to Saudi
    Arabia."""
    nouns = VICTIM_NOUNS
    if not all_states(agents):
        if not (release and agents):
            return []
        nouns = _WAR_CAPTIVES
    found = [k for t in targets if nouns is VICTIM_NOUNS and (k := nation_named(t))
             and k not in agents]  # fmt: skip
    # (a group's nationality too: "two Indian students")
    modifiers = [c for t in targets if t.lemma_.lower() in nouns for c in t.children
                 if c.dep_ in {"amod", "compound", "nmod"} and c.i < t.i]  # fmt: skip
    found += _countries_named(ctx, modifiers, agents)
    return list(dict.fromkeys(found))


def _countries_named(ctx: Context, words: list[Token], agents: list[str]) -> list[str]:
    """The countries ``words`` name or are the demonyms of, other than ``agents``."""
    return [
        k
        for w in words
        for k in [*g.actors_of(ctx, w), gazetteer().demonym_country(w.text)]
        if k and k.startswith("country/") and k not in agents
    ]


def released_to(ctx: Context, people: list[Token], agents: list[str]) -> list[str]:
    """Whom freeing named people yields to: their country, when a demonym or a country
    before their name or in an apposition says it ("Iran freed French researcher X",
    "released X, a British aid worker"), as it does for "two French nationals"; none
    found, the caller keeps the people ("Iran freed X")."""
    found: list[str] = []
    for t in people:
        spans = [t.doc[t.left_edge.i : t.i + 1]]
        spans += [t.doc[a.left_edge.i : a.i + 1] for a in t.children if a.dep_ == "appos"]
        first = t
        while first.dep_ == "conj" and first.head is not first:
            first = first.head  # "two Canadians, X and Y": Y as X
        if first.dep_ == "appos":  # "two Canadian nationals, X and Y"
            spans.append(t.doc[first.head.left_edge.i : first.head.i + 1])
        found += _countries_named(ctx, [w for span in spans for w in span], agents)
    return list(dict.fromkeys(found))


def named_person(ctx: Context, t: Token) -> bool:
    return any(k.startswith("person/") for k in g.actors_of(ctx, t))


# Who passes sentence for a state: "a Russian court", "a judge in Tehran" (not "tribunal":
# most in the news are international).
_JUDGING = frozenset({"court", "judge", "magistrate"})
# People who have left their state: aid to "Sudanese refugees" helps no government.
_FLED = frozenset({"refugee", "migrant", "exile", "evacuee", "asylum-seeker", "émigré", "emigre"})
# Words for courts no single state runs: "the international court", "a UN tribunal".
_NOT_A_STATES = frozenset({"international", "un", "u.n.", "world", "war", "crimes", "special",
                           "european", "regional", "supranational"})  # fmt: skip


def held_nationals(
    ctx: Context,
    cameo: str,
    agent_tokens: list[Token],
    targets: list[Token],
    agents: list[str],
    found: list[str],
) -> tuple[list[str], list[str]]:
    """Agents and targets (``found`` so far) of an act on people: a state's act on
    another country's nationals is an act on that country (:func:`nationals_of`,
    "Peru detained two Chilean sailors"), and so is its court's or judge's when it
    holds them (CAMEO 17): "a Russian court jailed an American journalist", "a court
    in Tehran sentenced a French tourist". A court stays a description elsewhere
    (:mod:`kg.language.state_bodies`): "a Dutch court ruled" gives no actor, and "a
    Dutch court jailed a Dutch man" no event."""
    force = cameo[:2] in FORCE_ROOTS
    if cameo[:2] in {"14", "16"}:
        # "summoned Norway's ambassador, X": a protest to Norway; a measure on him
        # ("expelled Norway's attache, X") is on him too
        states, envoys = served_states(ctx, targets, agents)
        kept = cameo[:2] == "16"
        found = [*states, *(k for k in found if kept or k not in envoys)]
    if cameo[:3] == "084" and found and all(k.startswith("person/") for k in found):
        return agents, released_to(ctx, targets, agents) or found  # "freed French researcher X"
    if cameo[:2] == "17" and cameo[:3] not in _SENT_AWAY and found and all_states(agents):
        # "detained X, a British citizen" (not "deported X, a British citizen")
        found = [*found, *released_to(ctx, [t for t in targets if named_person(ctx, t)], agents)]
    if found := [k for k in found if not force or k not in victim_groups(ctx, targets, agents)]:
        return agents, found
    if cameo[:2] == "07":  # "sent aid to Sudanese refugees": no act on Sudan
        targets = [t for t in targets if t.lemma_.lower() not in _FLED]
    if cameo[:3] in _SENT_AWAY:  # "deported 40 Tunisian nationals": no act on Tunisia
        return agents, []
    found = nationals_of(ctx, targets, agents, cameo[:3] == "084")
    if force and found:  # "killed two Thai workers in Israel"
        ground = ground_of(ctx, [*agent_tokens, *targets, *(t.head for t in targets)])
        found = [k for k in found if not ground or k in ground]
    if agents or cameo[:2] != "17":
        return agents, found
    states = _judging_states(ctx, agent_tokens)
    held = nationals_of(ctx, targets, states)
    return (states, held) if held else (agents, [])


def _judging_states(ctx: Context, tokens: list[Token]) -> list[str]:
    """The countries of the courts or judges among ``tokens``: named before them
    ("a Chinese court", "a Moscow court") or after by in/of ("a court in Tehran")."""
    found: list[str] = []
    for t in tokens:
        if t.lemma_.lower() not in _JUDGING or any(
            w.lower_ in _NOT_A_STATES for c in t.lefts for w in c.subtree
        ):
            continue  # "an international court in The Hague", "a UN tribunal"
        for c in t.children:
            if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < t.i:
                found += _country_of(ctx, c)
        for p in g.prep_objects(t, {"in", "of"}):
            found += _country_of(ctx, p)
    return list(dict.fromkeys(found))


def _country_of(ctx: Context, token: Token) -> list[str]:
    """The country a word names ("Chinese", "Iran's") or whose capital it is ("Moscow";
    not any city: "a court in Arusha" can be a UN tribunal)."""
    found = [k for k in [*g.actors_of(ctx, token), ctx.actors.at(token.i)] if k]
    if any(k.startswith("country/") for k in found):  # "a court in Peru": a place to actors_of
        return [k for k in dict.fromkeys(found) if k.startswith("country/")]
    mention = ctx.actors.named_at(token.i)
    capital = gazetteer().metonym(mention.text if mention is not None else token.text)
    city = country_of_place(ctx, token) if capital is not None else None
    return [city] if city else []
