"""Ultimatums: a demand whose alternative is a penalty, "told X to withdraw or face
consequences", "warned X to pull back or face sanctions", "said X must leave or face
military action", "warned X that it would face serious consequences", "gave X 48 hours
to withdraw its troops": a threat
(CAMEO 130) against whom the demand is put to, by whoever puts it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.records import Event, EventKind

# What one is told one would face: "or face consequences", "or face sanctions".
PENALTIES = frozenset(
    """
    consequence consequences sanction sanctions action force retaliation reprisal
    reprisals punishment war attack attacks strike strikes expulsion penalty penalties
    """.split()
)
_TELLING = frozenset({"tell", "warn", "caution", "order", "instruct", "say"})
# A time given to do what is demanded: "gave X 48 hours to withdraw its troops".
_SPANS = frozenset({"hour", "day", "week", "month"})
_DEMANDED = frozenset(
    "stop end halt withdraw resign release comply leave quit cease abandon surrender disarm "
    "retreat free hand pull".split()
)


def _faces_penalty(ctx: Context, face: Token, agents: list[str]) -> bool:
    """ "(or) face consequences", "would face sanctions", not one another names
    ("would face action from the league")."""
    if face.lemma_ != "face" or face.pos_ not in {"VERB", "AUX"} or g.negated(face):
        return False
    penalties = [o for o in g.direct_objects(face) if o.lemma_.lower() in PENALTIES]
    return bool(penalties) and not any(
        k not in agents
        for o in penalties
        for t in g.prep_objects(o, {"from", "by"})
        for k in g.actors_of(ctx, t)
    )


def _or_penalty(ctx: Context, demand: Token, agents: list[str]) -> bool:
    """ "withdraw ... or face consequences", "stop whaling or face sanctions": the
    demanded act has an alternative."""
    acts = [demand, *(c for c in demand.children if c.dep_ == "xcomp")]
    return any(
        any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children)
        and any(c.dep_ == "conj" and _faces_penalty(ctx, c, agents) for c in act.children)
        for act in acts
    )


def _would(verb: Token) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_ in {"would", "will", "'d", "'ll"} for c in verb.children
    )


def ultimatum(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """A threat against whom a verb of telling puts a demand with a penalty as its
    alternative, or tells it would face a penalty."""
    if verb.lemma_ not in _TELLING or g.negated(verb) or g.is_passive(verb):
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    told = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    for clause in verb.children:
        if clause.pos_ not in {"VERB", "AUX"}:
            continue
        if clause.dep_ == "xcomp" and _or_penalty(ctx, clause, agents):
            aimed = told  # "told X to withdraw or face consequences"
        elif clause.dep_ == "ccomp" and _or_penalty(ctx, clause, agents):
            aimed = g.subjects(clause)  # "said X must withdraw or face consequences"
        elif (
            clause.dep_ == "ccomp"
            and told
            and _would(clause)
            and _faces_penalty(ctx, clause, agents)
        ):
            aimed = told  # "warned X that it would face consequences"
        else:
            continue
        targets = [k for t in aimed for k in targets_of(ctx, t) if k not in agents]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", "130"),
                               agents, targets, aimed, extractor, 0.6)  # fmt: skip


def deadline(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "gave X 48 hours to withdraw its troops": a threat against X (not "gave X two
    weeks to prepare", nor an envoy's hours to leave, an expulsion)."""
    if verb.lemma_ != "give" or g.negated(verb) or g.is_passive(verb):
        return
    spans = [
        c for c in verb.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in _SPANS
    ]
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_ in _DEMANDED]
    given = [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c not in spans]
    if not spans or not acts or not given:
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    targets = [k for t in given for k in targets_of(ctx, t) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", "130"),
                           agents, targets, given, extractor, 0.6)  # fmt: skip
