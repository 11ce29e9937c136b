"""Reducing relations named by a noun, and closing a diplomatic mission (CAMEO 16).

The verbs ("X cut ties with Y", "X recalled its envoy from Y") are read in
:mod:`kg.extract.conflict`; here are their nouns and the mission a state shuts:

* "Italy's recall of its ambassador to France", "the suspension of aid to Egypt
  by the US", "Morocco's severing of ties with Iran", "Peru announced the
  withdrawal of its envoy from Chile": whoever owns (or announces) the act ends
  the relation with the partner the relation noun names;
* "the recall of Israel's ambassador to Ireland": an envoy's own country recalls him;
* "Britain closed its embassy in Syria", "Canada's closure of its embassy in
  Tehran": a state shutting its mission in a country reduces relations with it;
  reopening it mends them ("Britain reopened its embassy in Tehran", "Oman's
  reopening of its embassy in Damascus": diplomatic cooperation, CAMEO 05).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_mood import WEIGHING, act_noun_mood, in_mood
from kg.extract.base import Context
from kg.extract.closed_outlets import closed_premises
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import cut_a_deal, doers, doing_verb, is_nominal
from kg.extract.envoys import envoys_state
from kg.extract.licences import trade_licence
from kg.extract.modifier_owners import OWNING_DEPS, modifier_owners, owning_words
from kg.extract.owner_parties import owners
from kg.extract.passives import acted_on
from kg.extract.repaid import repayers
from kg.extract.senses import sense
from kg.extract.sought import asking_verb
from kg.extract.stopped_trade import STOPPING_VERBS, stopped_trade
from kg.extract.struck import all_states, country_of_place, nationals_of
from kg.extract.traded_goods import traded_goods
from kg.language.body_kinds import name_words
from kg.language.event_words import (
    LENDER_WORDS,
    MONEY_FOR,
    MONEY_TO,
    REDUCING_VERBS,
    RELATION_CARRIERS,
    RELATION_NOUNS,
)
from kg.language.gazetteer import gazetteer
from kg.language.reduction_words import (
    CLOSING_NOUNS,
    CLOSING_VERBS,
    CROSSING_NOUNS,
    MISSION_NOUNS,
    QUITTING_VERBS,
    REDUCED_BY,
    REDUCED_ON,
    REDUCING_NOUNS,
    REOPENING_NOUNS,
    REOPENING_VERBS,
    TRADE_BLOCKING_VERBS,
)
from kg.language.titles import DIPLOMATS
from kg.records import Event, EventKind

# Whom a relation is with: "ties with X", "aid to X", "its envoy from X"; a
# mission is in the country it deals with ("its embassy in Tehran").
_PARTNER_PREPS = {"with", "to", "from", "for"}
_WEIGHING = WEIGHING | {"rule"}  # "ruled out the recall of its envoy"


def reduction_events(ctx: Context, extractor: str) -> Iterator[Event]:
    """Every reduction of relations a noun names, and every mission closed."""
    for token, lemma, lower, pos in ctx.scan():
        if (lower in REDUCING_NOUNS or lower in CLOSING_NOUNS) and is_nominal(token):
            yield from _reduction_noun(ctx, token, extractor)
        elif lemma in CLOSING_VERBS and pos == "VERB":
            yield from _closed_mission(ctx, token, extractor)
        elif lemma in STOPPING_VERBS and pos == "VERB":  # "stopped buying X's gas"
            yield from stopped_trade(ctx, token, extractor)


def left_ties(verb: Token) -> tuple[list[Token], list[Token]]:
    """What a verb of leaving leaves: the talks ("walked out of talks with X",
    "withdrew from the negotiations"), and the country left, where the ties the
    verb's object names were ("pulled its ambassador out of Canada")."""
    if verb.lemma_ not in QUITTING_VERBS:
        return [], []
    outs = [c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "out"]
    left = [o for c in outs for o in g.prep_objects(c, {"of"})]  # "out of" as one phrase
    left += g.prep_objects(verb, {"of"}) if outs else []  # "out" a particle, "of" the verb's
    talks = [t for o in left + g.prep_objects(verb, {"from"}) for t in g.conjuncts(o)
             if RELATION_NOUNS.get(t.lower_) == "164"]  # fmt: skip
    return talks, [o for o in left if o not in talks]


def reduced_ties(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "X cut ties with Y", "X suspended aid to Y", "X recalled its ambassador from
    Y", "X cancelled cooperation agreements with Y": reducing relations (CAMEO 16); in
    the passive the relation is the subject ("flights to Y were banned by X"). Ties
    that join the sides themselves are ended by each ("A and B severed relations",
    "relations between A and B were broken off")."""
    agents = doers(ctx, verb)
    talks, left = left_ties(verb)  # "walked out of talks with Y", "pulled its envoy out of Y"
    objects = acted_on(verb) if verb.lemma_ in REDUCING_VERBS | TRADE_BLOCKING_VERBS else []
    objects = [_sum_of(verb, o) for o in objects]  # "froze $20m in aid to Y": the aid
    for noun in [n for o in objects for n in g.conjuncts(o)] + talks:
        code = trade_licence(noun) or relation_code(noun)  # "arms export licences for X"
        if verb.lemma_ in TRADE_BLOCKING_VERBS and (code != "163" or noun.lower_ == "access"):
            continue  # "blocked the talks with X": a rejection; "access to X": a site
        if code is None or (code == "163" and not all_states(agents)):
            continue  # "the firm cut its exports to China": business, no embargo
        if cut_a_deal(verb, noun):
            continue  # "cut a deal with X" makes one
        preps = partner_preps(noun, ctx)
        partners = g.prep_objects(noun, preps) + g.prep_objects(verb, preps) + left
        targets = [k for t in partners for k in envoys_state(ctx, noun, t) or targets_of(ctx, t)]
        own = [k for c in owning_words(noun)
               for k in envoys_state(ctx, noun, c) or g.actors_of(ctx, c)]  # fmt: skip
        if code == "172":  # "revoked the licence of X": its holder
            own += [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
        if code == "163":  # "curbed imports of French wine", "imports of wine from X"
            makers, sources = traded_goods(ctx, noun)
            own += makers
            partners += sources
            targets += [k for t in sources for k in targets_of(ctx, t)]
        if code == "166" and not targets:  # "visas for Canadian citizens": Canada's
            targets = nationals_of(ctx, partners, agents)
        if not agents and noun.lemma_.lower() in DIPLOMATS:
            agents = own  # "the Soviet ambassador was recalled": his own state recalls him
        targets += [k for k in own if k not in agents]
        s = sense("reduce-relations", code)
        sides = _joined_sides(ctx, noun, agents, verb) if not targets else []
        if len(sides) >= 2:
            agents, s = sides, replace(s, symmetric=True)
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, s, agents, targets,
                               [noun, *partners], extractor, 0.7)  # fmt: skip


def partner_preps(noun: Token, ctx: Context) -> set[str]:
    """The prepositions that name whom the relation ``noun`` is with: money only sent
    "to" or "for" one ("halted funds for X"; not "pulled its funds from a bank"), and
    "payments" only "for" one unless an aid word says so ("aid payments to X"; not
    "suspended payments to a lender") or they go to a body of the world that lends
    nothing ("suspended payments to UNRWA"; not "to the IMF")."""
    word = noun.lower_
    if (
        word in MONEY_FOR
        and not any(
            c.dep_ == "compound" and RELATION_NOUNS.get(c.lower_) == "162" for c in noun.children
        )
        and not _funded_body(ctx, noun)
    ):
        return {"for"}
    return {"to", "for"} if word in MONEY_TO | MONEY_FOR else _PARTNER_PREPS


def _funded_body(ctx: Context, noun: Token) -> bool:
    """Whether payments ``noun`` go "to" a listed body of the world, not a lender."""
    paid = [k for h in (noun, noun.head) for t in g.prep_objects(h, {"to"})
            for k in g.actors_of(ctx, t)]  # fmt: skip
    entries = [gazetteer().entries.get(k) for k in paid]
    return bool(entries) and all(
        e is not None and e.world_body and not name_words(e.key) & LENDER_WORDS for e in entries
    )


def relation_code(noun: Token) -> str | None:
    """The CAMEO code of ending the relation ``noun`` names ("aid" 162, "exports" 163), or
    of the one its compound names when it only carries it ("visa services": visas)."""
    code = RELATION_NOUNS.get(noun.lower_) or RELATION_NOUNS.get(noun.lemma_.lower())
    if code is None and noun.lower_ in RELATION_CARRIERS:
        code = next((RELATION_NOUNS[c.lower_] for c in noun.children
                     if c.dep_ == "compound" and c.lower_ in RELATION_NOUNS), None)  # fmt: skip
    return code


def _sum_of(verb: Token, noun: Token) -> Token:
    """What a sum the verb acts on is of: "froze 15 million pounds in aid to Y", "cut $5m
    of funding for Y" (the parser may hang the "in" on the verb); else ``noun``."""
    if noun.ent_type_ not in {"MONEY", "CARDINAL"} and not any(
        c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in noun.children
    ):
        return noun
    sums = g.prep_objects(noun, {"in", "of"}) or g.prep_objects(verb, {"in"})
    return next((o for o in sums if RELATION_NOUNS.get(o.lower_)), noun)


# Ties that join two sides, which either side's act ends for both ("A and B severed
# relations"); an envoy, aid or talks may be another's ("A and B recalled their envoys").
_JOINING_TIES = frozenset({"ties", "relations", "relationship", "links"})


def _joined_sides(ctx: Context, noun: Token, agents: list[str], act: Token) -> list[str]:
    """The sides ties join, with no partner named: "A and B cut ties", "ties between
    A and B were severed", "the severing of relations between A and B"."""
    if noun.lower_ not in _JOINING_TIES:
        return []
    between = [k for x in (noun, act) for t in g.prep_objects(x, {"between"})
               for k in g.actors_of(ctx, t)]  # fmt: skip
    return list(dict.fromkeys([*agents, *between]))


def _relation(noun: Token) -> Token | None:
    """The relation the act ends: "the recall of its envoy", "cuts in aid", "a freeze on
    funds for X"."""
    preps = REDUCED_BY | ({"on"} if noun.lower_ in REDUCED_ON else set())
    found = g.prep_objects(noun, preps)
    return found[0] if found else None


def _reduction_noun(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    rel = _relation(noun)
    if rel is None or asking_verb(noun) is not None:
        return  # "called for the recall of X's envoy": an appeal (kg.extract.threats)
    word = rel.lower_
    # "Kenya's closure of its border with X": a way in shut to X, as by the verb
    crossing = noun.lower_ in CLOSING_NOUNS and word in CROSSING_NOUNS
    code = "161" if word in MISSION_NOUNS else "163" if crossing else trade_licence(rel)
    code = code or relation_code(rel)
    if code is None or (
        noun.lower_ in CLOSING_NOUNS and word not in MISSION_NOUNS | CROSSING_NOUNS
    ):
        return  # "the closure of the deal": concluded, not ended
    # the parser may hang the doer on the relation: "the cutting of ties by X"
    agents = owners(ctx, noun) or [k for t in g.prep_objects(rel, {"by"})
                                   for k in g.actors_of(ctx, t)]  # fmt: skip
    envoy = rel.lemma_.lower() in DIPLOMATS or word in MISSION_NOUNS
    own = modifier_owners(ctx, rel)
    verb = doing_verb(noun)
    if not agents and envoy:
        agents = own  # "the recall of Israel's ambassador": Israel recalls him
    if not agents and code in {"162", "163"}:  # "the freeze of German aid to X": the giver's
        # by a demonym or name only ("its aid": the doing verb's subject says whose)
        agents = modifier_owners(ctx, rel, OWNING_DEPS - {"poss"})
    if not agents and verb is not None:
        agents = doers(ctx, verb)  # "Peru announced the withdrawal of its envoy"
    if code == "163" and not all_states(agents):
        return  # "the firm's halt of exports to China": business, no embargo
    partners = [*g.prep_objects(rel, partner_preps(rel, ctx) | ({"in"} if envoy else set())),
                *g.prep_objects(noun, _PARTNER_PREPS - {"from"})]  # fmt: skip
    targets = [k for t in partners for k in _partner(ctx, t)]
    if crossing:  # only one named after "with" or "to" ("the closure of the Syrian border")
        targets = [k for t in partners if t.head.lower_ in {"with", "to"}
                   for k in targets_of(ctx, t) if k.startswith("country/")]  # fmt: skip
    elif not envoy:
        targets += [k for k in own if k not in agents]  # "the freeze of Rwanda's aid"
    if code == "172":  # "the revocation of the licence of X": its holder
        targets += [k for t in g.prep_objects(rel, {"of"}) for k in g.actors_of(ctx, t)]
    if code == "166" and not targets:  # "visas for Canadian citizens": Canada's
        targets = nationals_of(ctx, partners, agents)
    targets = targets or repayers(ctx, noun, agents)  # "in retaliation for X's closure of"
    s = sense("reduce-relations", code)
    sides = _joined_sides(ctx, rel, agents, noun) if not targets else []
    if len(sides) >= 2:  # "the severing of relations between A and B"
        agents, s = sides, replace(s, symmetric=True)
    events = make_events(ctx, verb or noun, noun, EventKind.CONFLICT, s, agents, targets,
                         [noun, rel, *partners], extractor, 0.7)  # fmt: skip
    # "a possible recall", "no suspension of aid", "is considering the recall"
    yield from in_mood(events, *act_noun_mood(noun, weighing=_WEIGHING))


def _closed_mission(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Britain closed its embassy in Syria", "Canada shut its consulates in X", "its
    airspace was closed to X's jets by Greece" (the passive's subject is what is shut)."""
    objects = [o for d in acted_on(verb) for o in g.conjuncts(d)]
    missions = [o for o in objects if o.lower_ in MISSION_NOUNS]
    if not missions:
        yield from _closed_crossing(ctx, verb, objects, extractor)
        yield from closed_premises(ctx, verb, objects, extractor)  # "the bureau of X"
        return
    agents = doers(ctx, verb)
    partners, targets = _hosts(ctx, verb, missions)
    mutual = not targets and len(agents) > 1 and _each_others(partners)  # "each other's capitals"
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT,
                           sense("reduce-relations", "161", symmetric=mutual), agents, targets,
                           [*missions, *partners], extractor, 0.7)  # fmt: skip


def _closed_crossing(
    ctx: Context, verb: Token, objects: list[Token], extractor: str
) -> Iterator[Event]:
    """ "Saudi Arabia closed its land border with Qatar", "Algeria closed its airspace
    to Moroccan aircraft", "shut its ports to Israeli ships": a state barring another
    (CAMEO 163). Only a state, and only to one named: "closed its borders to stop the
    virus" and "closed the border crossing" bar no one."""
    agents = doers(ctx, verb)
    crossings = [o for o in objects if o.lower_ in CROSSING_NOUNS]
    if not crossings or not all_states(agents):
        return
    partners = [t for c in crossings for t in g.prep_objects(c, {"with", "to"})]
    partners += g.prep_objects(verb, {"with", "to"})
    targets = [k for t in partners for k in targets_of(ctx, t) if k.startswith("country/")]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("reduce-relations", "163"),
                           agents, targets, [*crossings, *partners], extractor, 0.7)  # fmt: skip


def reopened_missions(ctx: Context, extractor: str) -> Iterator[Event]:
    """ "Britain reopened its embassy in Tehran", "Oman's reopening of its embassy in
    Damascus", "the reopening of the Dutch embassy in Lima": the state whose mission
    it is mends relations with the country it is in."""
    for token, lemma, lower, pos in ctx.scan():
        if lemma in REOPENING_VERBS and pos == "VERB" and not g.is_passive(token):
            missions = [o for d in g.direct_objects(token) for o in g.conjuncts(d)]
        elif lower in REOPENING_NOUNS and is_nominal(token):
            missions = g.prep_objects(token, {"of"})
        else:
            continue
        missions = [m for m in missions if m.lower_ in MISSION_NOUNS]
        if not missions:
            continue  # "reopened the border", "the reopening of the school"
        partners, targets = _hosts(ctx, token, missions)
        own = [k for k in modifier_owners(ctx, missions) if k not in targets]
        verb = token if pos == "VERB" else doing_verb(token)
        agents = doers(ctx, token) if pos == "VERB" else owners(ctx, token) or own
        if not agents and verb is not None:
            agents = doers(ctx, verb)  # "Peru announced the reopening of its embassy in X"
        mutual = not targets and len(agents) > 1 and _each_others(partners)  # "each other's"
        events = make_events(ctx, verb or token, token, EventKind.COOPERATION,
                             sense("cooperate", "050", symmetric=mutual), agents, targets,
                             [*missions, *partners], extractor, 0.7)  # fmt: skip
        if pos == "VERB":
            yield from events
            continue
        # "a possible reopening of its embassy"
        yield from in_mood(events, *act_noun_mood(token, weighing=_WEIGHING))


def _each_others(partners: list[Token]) -> bool:
    """Missions "in each other's capitals / countries": each side's in the other's, so the
    sides that open or close them act toward each other."""
    return any(c.lower_ == "other" and c.dep_ == "poss" and any(d.lower_ == "each" for d in c.children)
               for p in partners for c in p.children)  # fmt: skip


def _hosts(ctx: Context, act: Token, missions: list[Token]) -> tuple[list[Token], list[str]]:
    """The phrases naming where missions are, and the countries they name: "its
    embassy in Syria", "closed its consulate in Caracas" (Venezuela)."""
    partners = [t for m in missions for t in g.prep_objects(m, {"in", "to"})]
    partners += g.prep_objects(act, {"in"})
    return partners, [k for t in partners for k in _partner(ctx, t)]


def _partner(ctx: Context, token: Token) -> list[str]:
    """The actor a partner phrase names; a city a mission is in stands for its
    country ("its embassy in Caracas" deals with Venezuela)."""
    keys = targets_of(ctx, token)
    if keys or (country := country_of_place(ctx, token)) is None:
        return keys
    return [country]
