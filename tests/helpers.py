"""Small readers over ArticleFacts used by the extraction tests."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.graph.vocab import KGR
from kg.records import ArticleFacts, EventKind, RelationType

# RFC 3987: an absolute IRI has a scheme and none of the characters that may
# not appear in an IRI (spaces, controls, quotes, angle brackets, braces ...).
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\\x7f-\x9f]*")
_OURS = re.compile(re.escape(str(KGR)) + r"[A-Za-z0-9._/-]+")


def assert_valid_iri(iri: str) -> None:
    """An IRI kg minted: RFC 3987 characters only, under kg's base, and accepted
    by Oxigraph's own IRI parser."""
    assert _IRI.fullmatch(iri), iri
    assert _OURS.fullmatch(iri), iri
    ox.NamedNode(iri)


def _names(facts: ArticleFacts) -> dict[str, str]:
    return {a.key: a.name for a in facts.actors}


def met_pairs(facts: ArticleFacts, *, factual_only: bool = True) -> set[frozenset[str]]:
    """Unordered pairs of actor names that met (contact events)."""
    n = _names(facts)
    pairs = set()
    for e in facts.events:
        if e.kind not in {
            EventKind.MEETING,
            EventKind.PHONE_CALL,
            EventKind.VISIT,
            EventKind.NEGOTIATION,
        }:
            continue
        if factual_only and not e.factual:
            continue
        actors = [n[a] for a in dict.fromkeys(e.actors())]
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                pairs.add(frozenset({a, b}))
    return pairs


def directed(
    facts: ArticleFacts, kind: EventKind, *, factual_only: bool = True
) -> set[tuple[str, str]]:
    """(agent, target) name pairs of conflict or cooperation events; mutual
    events give both directions."""
    n = _names(facts)
    out = set()
    for e in facts.events:
        if e.kind is not kind or (factual_only and not e.factual):
            continue
        agents = e.actors("agent") or e.actors("participant")
        targets = e.actors("target") or e.actors("participant")
        for a in agents:
            for b in targets:
                if a != b:
                    out.add((n[a], n[b]))
    return out


def cooperation_pairs(facts: ArticleFacts, *, factual_only: bool = True) -> set[frozenset[str]]:
    """Unordered pairs of actor names that cooperated, either way round."""
    return {frozenset(p) for p in directed(facts, EventKind.COOPERATION, factual_only=factual_only)}


def speakers(facts: ArticleFacts) -> set[str]:
    n = _names(facts)
    return {
        n[a]
        for e in facts.events
        if e.kind is EventKind.STATEMENT and e.factual
        for a in e.actors("speaker")
    }


def affiliations(facts: ArticleFacts) -> set[tuple[str, str]]:
    n = _names(facts)
    return {
        (n[r.subject], n[r.object]) for r in facts.relations if r.type is RelationType.AFFILIATION
    }


def memberships(facts: ArticleFacts) -> set[tuple[str, str]]:
    n = _names(facts)
    return {
        (n[r.subject], n[r.object]) for r in facts.relations if r.type is RelationType.MEMBERSHIP
    }


def ended_memberships(facts: ArticleFacts) -> set[tuple[str, str]]:
    """(member, body) names of memberships that have ended ("quit OPEC")."""
    names = _names(facts)
    return {
        (names[r.subject], names[r.object])
        for r in facts.relations
        if r.type is RelationType.MEMBERSHIP and not r.current
    }


def pair(a: str, b: str) -> frozenset[str]:
    """An unordered pair of names, as met_pairs gives them."""
    return frozenset({a, b})


def coded(facts_of, text: str, kind: EventKind = EventKind.CONFLICT) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(agent, target, CAMEO code) of every factual event of ``kind`` (conflict)."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t], e.cameo)
        for e in facts.events
        if e.kind is kind and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


def speakers_of(facts: ArticleFacts, trigger: str) -> set[str]:
    """Names of the factual speakers of the statements whose trigger is ``trigger``."""
    names = _names(facts)
    return {
        names[a]
        for e in facts.events
        if e.kind is EventKind.STATEMENT and e.factual and e.trigger == trigger
        for a in e.actors("speaker")
    }


def last_speakers(facts: ArticleFacts, text: str) -> set[str]:
    """Who speaks in the last sentence of ``text`` (sentences split at ". ")."""
    last = text.rsplit(". ", 1)[1]
    sentences = {s.index: s.text for s in facts.sentences}
    names = {a.key: a.name for a in facts.actors}
    return {
        names[p.actor]
        for e in facts.events
        if e.kind is EventKind.STATEMENT and sentences[e.evidence.sentence] == last
        for p in e.participants
        if p.role == "speaker"
    }
