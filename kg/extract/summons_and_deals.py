"""Meetings and alignments told by verbs that name neither: a summons for talks, a
measure joined, a tender won for someone.

* "A summoned B for talks" (or "for consultations", "to the ministry for a meeting"):
  whoever is summoned meets whoever summons (CAMEO 040), besides the protest
  :mod:`kg.extract.conflict` reads from "summoned"; a summons of an envoy with no
  talks named is one too (:mod:`kg.extract.envoy_calls`);
* "A and B agreed to join U.S. restrictions on chips" ("joined Canada's sanctions"):
  who joins a measure someone else imposes cooperates with that side (CAMEO 060),
  each joiner with the owner of the measure;
* "A reopened the border under a deal signed with B" (or "... an accord agreed with
  B"): the subject of the clause the deal governs is a party to it, so it
  cooperates with B (CAMEO 060);
* "C won a tender to build a port for D", "won a contract from D": the winner
  works for the side the work is done for or the contract comes from (CAMEO 060).

Negated, planned and hypothetical verbs keep their mood (:func:`make_events`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.envoy_calls import envoy_events
from kg.extract.modifier_owners import WITH_NMOD, modifier_owners
from kg.extract.senses import sense
from kg.records import Event, EventKind

NAME = "summons-and-deals"
EXTRACTOR = f"{NAME}/v1"

_MEET = sense("meet", "040", symmetric=True)
_JOIN = sense("cooperate", "060", symmetric=True)
# what one is summoned for that is a meeting ("for talks"), not a rebuke alone
_TALK_NOUNS = frozenset(
    "talks consultations meeting meetings discussions discussion negotiations".split()
)
# measures one side imposes that another can join ("join U.S. restrictions")
_MEASURES = frozenset(
    "restriction restrictions sanction sanctions embargo embargoes curb curbs control "
    "controls ban bans boycott boycotts blockade tariffs".split()
)
_AWARDS = frozenset("tender tenders contract contracts bid".split())


def extract(ctx: Context) -> Iterator[Event]:
    for verb, lemma, _, pos in ctx.scan():
        if pos != "VERB":
            continue
        if lemma == "summon":
            yield from _summoned(ctx, verb)
        if lemma in {"summon", "call", "hand", "deliver", "give", "present"}:
            yield from _envoy_called(ctx, verb)
        elif lemma == "join":
            yield from _joined(ctx, verb)
        elif lemma == "win":
            yield from _won(ctx, verb)
        elif lemma == "sign" and verb.dep_ == "acl":
            yield from _acted_under(ctx, verb)


def _for_talks(verb: Token) -> Token | None:
    """The talk noun of "for talks" on the summoning verb or its object."""
    heads = [verb, *g.direct_objects(verb)]
    for h in heads:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "for":
                for o in p.children:
                    if o.dep_ == "pobj" and o.lower_ in _TALK_NOUNS:
                        return o
    return None


def _summoned(ctx: Context, verb: Token) -> Iterator[Event]:
    talks = _for_talks(verb)
    if talks is None:
        return
    if g.is_passive(verb):  # "the ambassador was summoned by the ministry for talks"
        summoners = [k for t in g.agents(verb) for k in g.actors_of(ctx, t)]
        summoned = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    else:
        summoners = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
        summoned = [k for t in g.direct_objects(verb) for k in g.actors_of(ctx, t)]
    yield from make_events(ctx, verb, verb, EventKind.MEETING, _MEET, summoners, summoned,
                           [verb, talks], EXTRACTOR, 0.7, one_each=True)  # fmt: skip


def _envoy_called(ctx: Context, verb: Token) -> Iterator[Event]:
    """An envoy summoned with no talks named, called in or handed a protest
    (:mod:`kg.extract.envoy_calls`)."""
    if _for_talks(verb) is None:
        yield from envoy_events(ctx, verb, EXTRACTOR)


def _joined(ctx: Context, verb: Token) -> Iterator[Event]:
    joiners = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    for obj in g.direct_objects(verb):
        if obj.lower_ not in _MEASURES:
            continue
        # whose the measure is: "U.S. restrictions", "Canada's sanctions", "American curbs"
        owners = [k for k in modifier_owners(ctx, obj, WITH_NMOD, named=True) if k not in joiners]
        for j in joiners:
            yield from make_events(ctx, verb, obj, EventKind.COOPERATION, _JOIN, [j], owners,
                                   [verb, obj], EXTRACTOR, 0.65, one_each=True)  # fmt: skip


def _won(ctx: Context, verb: Token) -> Iterator[Event]:
    winners = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    for obj in g.direct_objects(verb):
        if obj.lower_ not in _AWARDS:
            continue
        clients = [k for t in _clients(obj) for k in g.actors_of(ctx, t)]
        clients = [k for k in clients if k not in winners]
        yield from make_events(ctx, verb, obj, EventKind.COOPERATION, _JOIN, winners, clients,
                               [verb, obj], EXTRACTOR, 0.6, one_each=True)  # fmt: skip


def _clients(award: Token) -> list[Token]:
    """Who the work of a tender is for: "a tender to build a port for X", "a contract
    from X", "a tender for X's new reactor" (not "a contract for a port")."""
    found: list[Token] = []
    for p in award.children:
        if p.dep_ == "prep" and p.lower_ == "from":
            found += [o for o in p.children if o.dep_ == "pobj"]
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in p.children:
                if o.dep_ == "pobj":
                    found += [c for c in o.children if c.dep_ == "poss"]
    # "won a tender to build a bridge for X": the purpose clause names whom it is for
    clauses = [c for c in [*award.children, *award.head.children]
               if c.dep_ in {"acl", "advcl", "relcl"} and c.lemma_ in _WORKS]  # fmt: skip
    for clause in clauses:
        for o in g.direct_objects(clause):
            for p in o.children:
                if p.dep_ == "prep" and p.lower_ == "for":
                    found += [x for x in p.children if x.dep_ == "pobj"]
        for p in clause.children:
            if p.dep_ == "prep" and p.lower_ == "for":
                found += [x for x in p.children if x.dep_ == "pobj"]
    return found


_WORKS = frozenset("build supply construct design provide operate run deliver".split())


_DEALS = frozenset("deal agreement accord pact treaty arrangement".split())


def _acted_under(ctx: Context, signed: Token) -> Iterator[Event]:
    """ "A reopened its airspace under a deal signed with B": A with B."""
    deal = signed.head
    if deal.lower_ not in _DEALS or deal.dep_ != "pobj" or deal.head.lower_ != "under":
        return
    clause = deal.head.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return
    parties = [k for t in g.subjects(clause) for k in g.actors_of(ctx, t)]
    partners = [k for p in signed.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for k in g.actors_of(ctx, o)]  # fmt: skip
    yield from make_events(ctx, clause, signed, EventKind.COOPERATION, _JOIN, parties,
                           [k for k in partners if k not in parties], [signed, deal], EXTRACTOR,
                           0.6, one_each=True)  # fmt: skip
