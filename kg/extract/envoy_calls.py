"""Envoys brought in: a summons or a note handed over is a meeting as well as a protest.

* "A summoned the Soviet ambassador, B" (also "called in the French envoy, B", "B was
  summoned by A"): A meets B (CAMEO 040), besides the protest :mod:`kg.extract.conflict`
  reads from the verb; an envoy not named stands for the state he serves ("A summoned
  the German ambassador": A meets Germany);
* "A handed the French ambassador a note of protest" (or "handed a protest note to the
  envoy", "delivered a protest to the ambassador"): A meets the envoy and protests
  (CAMEO 140) to the state he serves.

Summoning one's own envoy ("summoned its ambassador home", "summoned the ambassador
home for consultations"), anyone who is no envoy ("summoned the cabinet", "summoned a
meeting") and a summons with talks named (:mod:`kg.extract.summons_and_deals`) give
nothing here. Negated, planned and hypothetical verbs keep their mood.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.envoys import is_envoy_title, summoned_envoy
from kg.extract.passives import acted_on
from kg.extract.senses import sense
from kg.language.gazetteer import gazetteer
from kg.records import Event, EventKind

_MEET = sense("meet", "040", symmetric=True)
_PROTEST = sense("protest", "140")
# what is handed to an envoy that makes a protest of it
_NOTES = frozenset("protest protests démarche demarche".split())
_NOTE_HEADS = frozenset("note notes letter message".split())
_HANDING = frozenset({"hand", "deliver", "give", "present"})
_OFFICES = frozenset({"ministry", "office", "department", "chancellery"})
_REBUKES = frozenset({"warn", "rebuke", "reprimand", "caution", "admonish"})
_HIM = frozenset({"him", "her"})


def calls_in(verb: Token) -> bool:
    """ "called in the envoy", "called the envoy in", "the envoy was called in"."""
    return verb.lemma_ == "call" and any(
        c.lower_ == "in" and c.dep_ in {"prt", "prep"} for c in verb.children
    )


def called_in(verb: Token) -> list[Token]:
    """The envoys "called in" names when the parser makes "in" a preposition with the
    envoy its object ("called in the envoy")."""
    if not calls_in(verb):
        return []
    return [o for p in verb.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]


def envoy_events(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """A meeting with the envoy ``verb`` summons, calls in or hands a protest to."""
    if verb.lemma_ in _HANDING:
        yield from _handed(ctx, verb, extractor)
        return
    passive = g.is_passive(verb)
    found = called_in(verb)
    if verb.lemma_ != "summon" and not calls_in(verb):
        return
    if any(c.lower_ == "home" for c in verb.children):  # "summoned the envoy home"
        return
    if not summoned_envoy(verb, passive, found):
        return
    doers = g.agents(verb) if passive else g.subjects(verb)
    summoners = [k for t in doers for k in g.actors_of(ctx, t)]
    if passive and not doers:  # "was summoned to the Austrian foreign ministry"
        summoners = _ministry_states(ctx, verb)
        states = [k for t in acted_on(verb, passive) for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _PROTEST, summoners,
                               [k for k in states if k not in summoners], [verb], extractor,
                               0.6)  # fmt: skip
    met = _envoy_parties(ctx, [*acted_on(verb, passive), *found], summoners)
    yield from make_events(ctx, verb, verb, EventKind.MEETING, _MEET, summoners, met,
                           [verb], extractor, 0.7, one_each=True)  # fmt: skip
    yield from _rebuked(ctx, verb, summoners, met, extractor)


def _ministry_states(ctx: Context, verb: Token) -> list[str]:
    """The state whose ministry an envoy is summoned to, when no one is said to
    summon him: "to the Austrian foreign ministry", "to the foreign ministry in
    Vienna" (a capital stands for its state)."""
    gz = gazetteer()
    keys: list[str | None] = []
    for office in g.prep_objects(verb, {"to"}):
        if office.lemma_.lower() not in _OFFICES:
            continue
        for w in office.children:
            if w.dep_ in {"amod", "compound"} and w.i < office.i:
                keys.append(gz.demonym_country(w.text))  # "the Austrian foreign ministry"
            elif w.dep_ == "poss":  # "Austria's foreign ministry"
                keys += [k for k in g.actors_of(ctx, w) if k.startswith("country/")]
        for place in g.prep_objects(office, {"in"}):  # "the foreign ministry in Vienna"
            seat = gz.metonym(place.text)
            keys.append(seat.key if seat is not None and seat.type == "Country" else None)
    return [k for k in dict.fromkeys(keys) if k is not None]


def _rebuked(
    ctx: Context, verb: Token, summoners: list[str], met: list[str], extractor: str
) -> Iterator[Event]:
    """ "summoned the ambassador, B, and warned him that ...": the warning of the
    envoy summoned (the pronoun is him) is a protest to him."""
    envoys = [k for k in met if k.startswith("person/")]
    for c in verb.children:
        if (
            c.dep_ != "conj"
            or c.lemma_ not in _REBUKES
            or any(s.dep_ in g.SUBJECT_DEPS for s in c.children)
        ):
            continue
        if any(o.lower_ in _HIM for o in g.direct_objects(c)):
            yield from make_events(ctx, c, c, EventKind.CONFLICT, _PROTEST, summoners,
                                   envoys, [verb, c], extractor, 0.6)  # fmt: skip


def _envoy_parties(ctx: Context, objects: list[Token], summoners: list[str]) -> list[str]:
    """Who is met: a named envoy ("the ambassador, B", "B, the ambassador"), else the
    state an envoy's title names ("the German ambassador")."""
    keys: list[str] = []
    for o in objects:
        named = [
            k
            for a in o.children
            if a.dep_ == "appos" and a.i > o.i
            for k in g.actors_of(ctx, a)
            if k.startswith("person/")
        ]
        own = [k for k in g.actors_of(ctx, o) if k.startswith("person/")]
        keys += named or own or [k for k in targets_of(ctx, o) if k not in summoners]
    # "called in the charge d'affaires, Mr X" parsed as two objects: X, not his state too
    people = [k for k in keys if k.startswith("person/")]
    return [k for k in dict.fromkeys(people or keys) if k not in summoners]


def _handed(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "handed the ambassador a note of protest", "delivered a protest to the envoy"."""
    notes = [o for o in g.direct_objects(verb) if _is_protest(o)]
    if not notes or g.is_passive(verb):
        return
    receivers = [c for c in verb.children if c.dep_ in {"dative", "iobj"}]
    receivers += g.prep_objects(verb, {"to"})
    receivers += [o for n in notes for o in g.prep_objects(n, {"to"})]
    envoys = [t for r in receivers for t in g.conjuncts(r) if is_envoy_title(t)]
    if not envoys:
        return
    agents = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    met = _envoy_parties(ctx, envoys, agents)
    states = [k for t in envoys for k in targets_of(ctx, t) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.MEETING, _MEET, agents, met,
                           [verb, *notes], extractor, 0.7, one_each=True)  # fmt: skip
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _PROTEST, agents, states,
                           [verb, *notes], extractor, 0.7)  # fmt: skip


def _is_protest(noun: Token) -> bool:
    """ "a protest", "a note of protest", "a protest note", "a letter of protest"."""
    if noun.lower_ in _NOTES:
        return True
    if noun.lower_ not in _NOTE_HEADS:
        return False
    words = [c for c in noun.children if c.dep_ == "compound"]
    words += [o for p in noun.children if p.lower_ == "of" for o in p.children]
    return any(w.lower_ in _NOTES for w in words)
