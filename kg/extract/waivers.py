"""A waiver of sanctions granted to someone eases them for it (CAMEO 085).

"Washington granted Turkey a sanctions waiver", "issued a waiver to Iraq", "renewed
a sanctions waiver for Iraq", "Iraq was granted a waiver by the US", "gave India an
exemption from sanctions": the granter yields to the one let off. An exemption is one
only from a sanction ("an exemption from sanctions"; not "a tax exemption"); a waiver
only of a sanction or of nothing named ("a sanctions waiver"; not "a fee waiver").
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

_WAIVERS = frozenset({"waiver", "exemption"})
_GRANTING = frozenset("grant issue give renew extend approve award offer".split())
_MEASURES = frozenset("sanction sanctions embargo tariffs tariff".split())


def waivers(ctx: Context, extractor: str) -> Iterator[Event]:
    """Every waiver of a sanction granted in the article, by whom and to whom."""
    for noun, lemma, _, pos in ctx.scan():
        if lemma.lower() not in _WAIVERS or pos != "NOUN" or not _of_a_sanction(noun):
            continue
        verb = noun.head
        if noun.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_ not in _GRANTING:
            continue
        passive = g.is_passive(verb)
        agents = [k for t in (g.agents(verb) if passive else g.subjects(verb))
                  for k in g.actors_of(ctx, t)]  # fmt: skip
        let_off = [c for c in verb.children if c.dep_ in {"dative", "iobj"}]
        let_off += g.prep_objects(noun, {"to", "for"}) + g.prep_objects(verb, {"to", "for"})
        if passive and noun.dep_ == "dobj":  # "Iraq was granted a waiver"
            let_off += g.subjects(verb)
        targets = [k for t in let_off for k in targets_of(ctx, t) if k not in agents]
        yield from make_events(ctx, verb, noun, EventKind.COOPERATION, sense("yield", "085"),
                               agents, targets, [verb, noun], extractor, 0.7)  # fmt: skip


def _of_a_sanction(noun: Token) -> bool:
    """ "a sanctions waiver", "an exemption from sanctions", "a waiver" alone; not "a
    tax exemption", "a fee waiver"."""
    named = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    named += g.prep_objects(noun, {"from", "of", "on"})
    if any(t.lower_ in _MEASURES for n in named for t in n.subtree):
        return True
    return noun.lemma_.lower() == "waiver" and not any(c.dep_ == "compound" for c in noun.children)
