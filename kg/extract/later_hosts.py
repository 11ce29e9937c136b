"""Hosts told after the talks: "Sudan and Chad held talks in Oslo. Norway, which brokered
the talks, said ..." (also "The talks were hosted by Norway", "The talks, mediated by
Norway, ended", "Norway hosted the talks", "A and B met in Oslo; the talks were chaired
by X"): the host of talks named before meets their sides (CAMEO 040, the host's role),
as "X hosted talks between A and B" does in one phrase.

"The talks" is the meeting told last, in its own sentence before the noun or in the
two sentences before, when that meeting has two sides or more; the talks must be
named definitely and bare: "the talks", not "talks" ("Norway has hosted talks
before": no talks of these), nor talks with sides of their own ("the talks between
A and B, hosted by X": :mod:`kg.extract.meeting_nouns`), nor others' ("its talks",
"the next round of talks"). Hosts to be ("Norway will host the talks") keep their
mood; judging or welcoming talks is no hosting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.extract.meeting_words import NOUNS
from kg.extract.meetings import participants_in
from kg.extract.noun_parties import HOSTING, mediators
from kg.records import Event, EventKind

NAME = "later-hosts"
# What gives talks sides, owners or a kind of their own: "talks with X", "its talks"
_OWN_SIDES = frozenset({"with", "between", "among", "involving", "of"})
_BACK = 2  # how many sentences before the talks' own one may tell them


def extract(ctx: Context) -> Iterator[Event]:
    if not ctx.has_any(NOUNS.keys()):
        return
    for noun, _, lower, _ in ctx.scan():
        if lower not in NOUNS or not _bare_definite(ctx, noun):
            continue
        found = _hosts(noun)
        if found is None:
            continue
        verb, host_tokens = found
        hosts = [k for t in host_tokens for k in g.actors_of(ctx, t)]
        sides = [k for k in _sides_before(ctx, noun) if k not in hosts]
        if not hosts or len(sides) < 2:
            continue
        events = contact_events(ctx, verb, noun, EventKind.MEETING, "consult", hosts, sides,
                                "host", "participant", False, [noun, *host_tokens],
                                mutual=True)  # fmt: skip
        for e in events:
            yield replace(e, evidence=replace(e.evidence, extractor=f"{NAME}/v1"))


def _bare_definite(ctx: Context, noun: Token) -> bool:
    """ "the talks": "the" before the noun and nothing that names sides or owners."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWN_SIDES)
           for c in noun.children):  # fmt: skip
        return False
    return not any(ctx.actors.at(c.i) for c in noun.lefts for c in c.subtree)


def _hosts(noun: Token) -> tuple[Token, list[Token]] | None:
    """The verb that hosts the talks and who hosts them: "X hosted the talks", "the
    talks were hosted by X", "the talks, hosted by X,", "X, which brokered the talks",
    "X presided over the talks"."""
    verb = noun.head
    if verb.lemma_ in HOSTING and verb.pos_ == "VERB":
        if noun.dep_ == "dobj" and not g.is_passive(verb):
            return verb, [g.antecedent(s) for s in g.subjects(verb)]
        if noun.dep_ == "nsubjpass":
            return verb, g.agents(verb)
    over = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "over" else None
    if over is not None and over.head.lemma_ in HOSTING and over.head.pos_ == "VERB":
        return over.head, [g.antecedent(s) for s in g.subjects(over.head)]  # "presided over"
    participles = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in HOSTING]
    by = mediators(noun, None, [], HOSTING)
    return (participles[0], by) if participles and by else None


def _sides_before(ctx: Context, noun: Token) -> list[str]:
    """The sides of the meeting told last before the noun: in its own sentence before
    it, else in the sentences before (the nearest that tells one)."""
    doc, sent = ctx.doc, ctx.sentence(noun)
    if noun.i > sent.start:
        own = participants_in(ctx, doc[sent.start : noun.i])
        if len(own) >= 2:
            return own
    for _ in range(_BACK):  # the sentences before, nearest first
        if sent.start == 0:
            break
        sent = ctx.sentence(doc[sent.start - 1])
        found = participants_in(ctx, sent)
        if len(found) >= 2:
            return found
    return []
