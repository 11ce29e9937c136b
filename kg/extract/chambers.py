"""A state's legislature or cabinet signs for its state: "Hungary's parliament ratified a
border agreement with Serbia", "the Mexican Senate ratified the trade agreement with the
United States", "the Bundestag ratified the accord with the Czech Republic". A treaty binds
the two states, not a chamber and a state, so the chamber's country is the party (as
"Belarus supreme court" is named with its country, :mod:`kg.language.state_bodies`).

Only a formal agreement (CAMEO 057) with another country, and only a chamber or cabinet
whose country is named with it ("Peru's Congress", "the Kazakh Senate") or known
(:file:`organisations.tsv`: "Knesset"); a regional or local one ("Iraq's Kurdistan
Regional Parliament") signs for no state, and a party is no chamber. A country's members
of parliament do the same ("Estonian MPs ratified the treaty with Russia"; not
"opposition MPs"), and a chamber that endorses or backs a pact with another country
(support, 051) approves it for its state: "the Chilean Senate
endorsed the gas deal with Bolivia" is the deal between Chile and Bolivia.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.country_bodies import bodies_of_countries
from kg.extract.passives import acted_on
from kg.language.audiences import CHAMBER_WORDS
from kg.language.gazetteer import gazetteer
from kg.records import Event, EventKind, Participant

# The last word of a chamber's or cabinet's name: "the Philippine Senate", "State Duma".
_CHAMBERS = CHAMBER_WORDS | {"cabinet"}
# Words that make a chamber a region's, not a state's: "the Catalan regional parliament".
_NOT_A_STATES = frozenset({"regional", "provincial", "local", "municipal", "city", "county",
                           "autonomous", "devolved", "european", "african", "arab", "student",
                           "students", "youth"})  # fmt: skip
# The last word of a country's members of parliament: "Croatian MPs", "Slovak deputies".
_MEMBERS = frozenset({"mps", "deputies", "senators", "lawmakers", "legislators",
                      "parliamentarians", "congressmen"})  # fmt: skip
_SIGNING = "057"
# Verbs of support whose pact object a chamber approves: "endorsed the accord with X"
# (not "backed the deal", often one still to be made).
_APPROVING = frozenset({"endorse", "approve"})
_PACTS = frozenset({"agreement", "deal", "pact", "treaty", "accord", "memorandum"})


def for_their_state(ctx: Context, event: Event) -> Event:
    """``event`` with a chamber that ratified or approved an agreement with another
    country replaced by its own country: "Japan's Diet approved the pact with India"."""
    if event.kind is not EventKind.COOPERATION:
        return event
    if event.cameo == "051" and _pact_approved(ctx, event):
        event = replace(event, type="sign", cameo=_SIGNING)
    if not event.cameo.startswith(_SIGNING):
        return event
    parties = list(event.participants)
    for n, p in enumerate(parties):
        if p.role not in {"agent", "participant"} or not p.actor.startswith(("org/", "group/")):
            continue
        country = chamber_country(ctx, p.actor)
        others = {q.actor for q in parties if q is not p}
        if country and country not in others and any(o.startswith("country/") for o in others):
            parties[n] = Participant(country, p.role)
    return (
        replace(event, participants=tuple(parties))
        if parties != list(event.participants)
        else event
    )


def _pact_approved(ctx: Context, event: Event) -> bool:
    """A chamber's support (051) that approves a pact with a country: "Peru's Congress
    endorsed the fisheries accord with Ecuador" (not "backed the plan", nor "Peru
    endorsed the accord", a state's support of it)."""
    agents, targets = event.actors("agent"), event.actors("target")
    if len(agents) != 1 or not targets or not all(t.startswith("country/") for t in targets):
        return False
    if not agents[0].startswith(("org/", "group/")) or not chamber_country(ctx, agents[0]):
        return False
    start, end = event.evidence.start - ctx.offset, event.evidence.end - ctx.offset
    return any(
        t.text == event.trigger
        and t.lemma_ in _APPROVING
        and any(o.lemma_.lower() in _PACTS and g.prep_objects(o, {"with"}) for o in acted_on(t))
        for t in ctx.doc
        if start <= t.idx < end
    )


def chamber_country(ctx: Context, key: str) -> str | None:
    """The country (key) of the chamber or cabinet ``key`` names, else None."""
    memo = ctx.memo.setdefault("chamber_country", {})
    assert isinstance(memo, dict)
    if key not in memo:
        memo[key] = _chamber_country(ctx, key)
    found: str | None = memo[key]
    return found


def _chamber_country(ctx: Context, key: str) -> str | None:
    actor = ctx.actors.actors.get(key)
    words = actor.name.replace("'s", "").replace("’s", "").lower().split() if actor else []
    if not words or words[-1] not in _CHAMBERS | _MEMBERS or _NOT_A_STATES & set(words):
        return None  # "the Labour Party", "the Catalan regional parliament"
    for body, country in ((b, c) for b, c, _, _ in bodies_of_countries(ctx)):
        if body == key:
            return country  # "Hungary's parliament", "the parliament of Hungary"
    known = gazetteer().lookup(actor.name) if actor else None
    if known is not None and known.country:
        return f"country/{known.country}"  # "the Knesset": a known chamber's country
    return gazetteer().demonym_country(actor.name.split()[0]) if actor else None  # "Kazakh Senate"
