"""Who claimed an attack told just before: "A car bomb struck a police post in Mosul.
The Sahel Front claimed responsibility." The claim names no attack ("for the attack on X"
is read with the noun, see :func:`kg.extract.doing.owned_up`), so the attack is
the last act of force told in the sentence or in the one before it, and whom that
attack hit is the target of the claimant's attack.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.senses import FORCE_ROOTS, sense
from kg.extract.struck import country_of_place
from kg.extract.triggers import trigger
from kg.records import Event, EventKind

# Words for an attack that name no attacker and are no trigger of their own.
_BLASTS = {"explosion", "explosions", "blast", "blasts", "barrage", "barrages", "bomb", "bombs",
           "rocket", "rockets", "missile", "missiles"}  # fmt: skip
_AIMED = {"on", "against", "at", "in", "inside"}


def claimed_attack(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "X claimed responsibility" with no "for" phrase: X made the attack just told."""
    taken = [o for o in g.direct_objects(verb) if o.lower_ == "responsibility"]
    if not taken or any(c.dep_ == "prep" and c.lower_ == "for" for o in taken for c in o.children):
        return  # "claimed responsibility for the attack on X": the noun's own frame
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or g.negated(verb):
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    if not agents:
        return
    # the last attack told that hit someone ("attacked a base, killing five soldiers")
    hit = (_hit_by(ctx, a) for a in reversed(_attacks(ctx, verb)))
    targets = [k for k in next((h for h in hit if set(h) - set(agents)), []) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("attack", "190"), agents,
                           targets, [verb], extractor, 0.6)  # fmt: skip


def _attacks(ctx: Context, verb: Token) -> list[Token]:
    """The words of force before ``verb``, in its sentence or the one before."""
    sent = verb.sent
    start = sent.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    found: list[Token] = []
    for t, lemma, lower, pos in ctx.scan(start, verb.i):
        if pos in {"NOUN", "PROPN"}:
            t_ = trigger(lower, "noun") or trigger(lemma.lower(), "noun")
        elif pos == "VERB":
            t_ = trigger(lemma, "verb")
        else:
            continue
        forceful = t_ is not None and t_.kind is EventKind.CONFLICT and t_.cameo[:2] in FORCE_ROOTS
        if forceful or (pos in {"NOUN", "PROPN"} and lower in _BLASTS):
            found.append(t)
    return found


def _hit_by(ctx: Context, word: Token) -> list[str]:
    """The countries and bodies an attack word hits: the objects of its clause ("hit
    southern Israel", "killed 12 people in Kabul"), or its own "on X"."""
    clause = word
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    aimed = [*g.prep_objects(word, _AIMED)]
    if clause.pos_ in {"VERB", "AUX"}:
        aimed += [*g.direct_objects(clause), *g.prep_objects(clause, _AIMED)]
        if g.is_passive(clause):  # "the embassy was hit by a car bomb"
            aimed += g.subjects(clause)
    found = [k for t in aimed for k in targets_of(ctx, t)]
    if not found:  # a place inside a country: "at a market in Kabul", "a bomb exploded in
        # Lagos"; not where someone's own was hit ("the Turkish embassy in Kabul": Turkey's)
        found = [k for t in aimed for s in t.subtree
                 if (k := ctx.actors.at(s.i) or country_of_place(ctx, s)) and k.startswith("country/")]  # fmt: skip
    return list(dict.fromkeys(found))
