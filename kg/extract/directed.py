"""Directed interactions for the conflict and cooperation extractors.

A lexicon maps verb lemmas (and nouns) to a fine event type; this module finds
the agent and the target of each occurrence: subject -> object, by-phrase ->
subject for passives (``Backed by Iran and Russia, Haddad ...``), ``X's offer``
-> X, ``sanctions on X``, ``anti-X sanctions``, ``the Russian invasion`` ->
Russia.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.triggers import Trigger
from kg.records import Event, EventKind, Participant


@dataclass(frozen=True)
class Sense:
    type: str  # fine event type (a kgt: concept)
    cameo: str  # its CAMEO code
    target_preps: frozenset[str] = frozenset()  # "pressure ON x", "work WITH x", "supply TO x"
    direct_object: bool = True  # the direct object is the target
    symmetric: bool = False  # "cooperate with", "agree with": both sides act


def sense(type_: str, cameo: str, *preps: str, direct_object: bool = True,
          symmetric: bool = False) -> Sense:  # fmt: skip
    return Sense(type_, cameo, frozenset(preps), direct_object, symmetric)


def sense_of(t: Trigger) -> Sense:
    """The sense a row of the trigger table gives its word."""
    return Sense(t.type, t.cameo, t.preps, t.direct_object, t.symmetric)


def verb_senses(kind: EventKind) -> dict[str, Sense]:
    """Verb lemma -> sense, for the directed and symmetric verbs of ``kind``."""
    return {
        word: sense_of(t)
        for (word, _), t in triggers.words(kind=kind, pos="verb").items()
        if t.frame in {"directed", "recipient", "symmetric"}
    }


def targets_of(ctx: Context, token: Token) -> list[str]:
    """Actors a target phrase denotes, looking through "X's offer", "Volkov's war",
    "the Russian invasion"."""
    keys = g.actors_of(ctx, token)
    if keys:
        return keys
    found: list[str] = []
    for t in g.conjuncts(token):
        # the owner of the thing ("X's offer", "the Russian invasion"); a compound
        # names what it is about ("Russia's Ukraine offensive"), not whose it is
        owners = [c for c in t.children if c.dep_ == "poss"] or [
            c for c in t.children if c.dep_ == "amod" and ctx.actors.at(c.i)
        ]
        owners += g.prep_objects(t, {"by"})  # "the attack by Peru"
        if not owners:
            compounds = [c for c in t.children if c.dep_ in {"compound", "nmod"}]
            # "Russia's Ukraine offensive": the owner hangs off the compound
            owners = [p for c in compounds for p in c.children if p.dep_ == "poss"]
            # "European Union farm subsidies"
            owners = owners or [c for c in compounds if ctx.actors.at(c.i)]
        for child in owners:
            found.extend(k for k in g.actors_of(ctx, child))
        for obj in g.prep_objects(t, {"of"}) if t.lower_ in {"ally", "allies", "partner"} else []:
            found.extend(g.actors_of(ctx, obj))
    return list(dict.fromkeys(found))


def verb_events(
    ctx: Context,
    lexicon: Mapping[str, Sense],
    kind: EventKind,
    extractor: str,
) -> Iterator[Event]:
    for verb in ctx.doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in lexicon:
            continue
        s = lexicon[verb.lemma_]
        passive = g.is_passive(verb)
        agent_tokens = g.agents(verb) if passive else g.subjects(verb)
        target_tokens: list[Token] = []
        if passive:
            target_tokens = g.subjects(verb)
        elif s.direct_object:
            target_tokens = g.direct_objects(verb)
        target_tokens += g.prep_objects(verb, s.target_preps)
        agents = [k for t in agent_tokens for k in g.actors_of(ctx, t)]
        targets = [k for t in target_tokens for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, verb, kind, s, agents, targets,
                               [*agent_tokens, *target_tokens], extractor, 0.8)  # fmt: skip


def make_events(
    ctx: Context,
    anchor: Token,
    trigger: Token,
    kind: EventKind,
    s: Sense,
    agents: list[str],
    targets: list[str],
    tokens: list[Token],
    extractor: str,
    confidence: float,
) -> Iterator[Event]:
    agents = list(dict.fromkeys(agents))
    targets = [t for t in dict.fromkeys(targets) if t not in agents]
    if s.symmetric and not targets and len(agents) >= 2:
        agents, targets = agents[:1], agents[1:]  # "A and B signed a deal": mutual
    if not agents or not targets:
        return
    roles = ("participant", "participant") if s.symmetric else ("agent", "target")
    participants = [Participant(a, roles[0]) for a in agents] + [
        Participant(t, roles[1]) for t in targets
    ]
    claimed = g.claimant(ctx, anchor)
    if claimed in agents or claimed in targets:
        claimed = None
    yield Event(
        kind=kind,
        type=s.type,
        participants=tuple(participants),
        evidence=ctx.evidence([trigger, *tokens], extractor, confidence),
        trigger=trigger.text,
        cameo=s.cameo,
        modality=g.modality(anchor),
        negated=g.negated(anchor),
        claimed_by=claimed,
        date_text=g.date_of(anchor),
    )
