"""Visits named by nouns: "X's visit to Japan", "during a trip to Kenya, X said"
(the subject of the clause is the visitor); a visit put off stays planned, one
called off is negated. Verbs of visiting are in :mod:`kg.extract.meetings`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.contact import can_host, contact_events, not_held, put_off
from kg.records import Event, EventKind

VISIT_NOUNS = {w for (w, _) in triggers.words(frame="visit", pos="noun")}


def visit_events(ctx: Context, noun: Token) -> list[Event]:
    """ "X's visit to Japan", "during a trip to Kenya, X said": the owner (or the
    subject of the clause) visits whoever follows "to"."""
    hosts = [
        k for t in g.prep_objects(noun, {"to"}) for k in g.actors_of(ctx, t, include_places=True)
    ]
    hosts = [k for k in hosts if k.startswith(("country/", "person/")) and can_host(ctx, k)]
    if not hosts:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    visitor_tokens = owners
    if not owners:
        t = noun
        for _ in range(4):  # "during a visit to Japan, the minister said": the clause subject
            if t.head.i == t.i:
                break
            t = t.head
            if t.pos_ in {"VERB", "AUX"}:
                visitor_tokens = g.subjects(t)
                break
    visitors = [k for t in visitor_tokens for k in g.actors_of(ctx, t)]
    anchor = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    events = contact_events(ctx, anchor, noun, EventKind.VISIT, "visit", visitors, hosts,
                     "visitor", "host", True, visitor_tokens, cameo="042")  # fmt: skip
    off = put_off(noun)
    if off is not None:  # "postponed his visit to Chile", "a trip to Peru was called off"
        events = [not_held(e, off) for e in events]
    return [replace(e, evidence=replace(e.evidence, confidence=0.7)) for e in events]
