"""One article's share of the actor network, materialised beside its facts.

The network commands (``kg stats``, ``communities``, ``path``, ``view``) need every
tie between two actors with its evidence. Reading that from the event-centric
triples means joining events, parties, sentences and articles over the whole
store: seconds on a million triples, for every command. So each article's
named graph also carries its part of the network, derived from the article's
own triples and written in the same transaction: one ``kg:network`` literal
(datatype ``rdf:JSON``) on the article node. A command reads the whole network
with one scan of that property, or one actor's part from the articles that
name the actor. Removing or replacing an article removes or replaces its part
with it, so the network never needs rebuilding.

The summary is derived from the triples, not from the extraction records, so it
says exactly what the competency questions would find in the same graph: the
factual contact, conflict and cooperation events (agent -> target, or each pair
of parties when there is no agent) and every affiliation and membership, each
with its sentence, date and confidence. The actors' labels, types and aliases
are not repeated here: they live once, in the actor graph
(:mod:`kg.graph.actors`). Version 1 of the JSON::

    {"v": 1, "title": "...", "date": "2021-03-02",        # the article's
     "texts": [sentence, ...],
     "ties": [[relation, a, b, fact, text, kind, dateText, date, confidence,
               mutual, role, current], ...]}

``relation`` is one of :data:`RELATIONS`; ``text`` indexes ``texts``; ``date`` is
the fact's own ``kg:date`` ("" when it has none); ``mutual`` is true for ties
between parties of an event without agent; ``role`` and ``current`` come from
affiliations and memberships.

>>> from rdflib import Literal
>>> from kg.graph.vocab import KGR, KGT
>>> art, e, s = KGR["article/a1"], KGR["event/a1-1"], KGR["article/a1/sentence/0"]
>>> ann, bo = KGR["person/ann"], KGR["person/bo"]
>>> triples = [(e, RDF.type, KG.Contact), (e, KG.factual, Literal(True)),
...            (e, KG.eventType, KGT.meet), (e, KG.participant, ann),
...            (e, KG.participant, bo), (e, KG.evidence, s), (e, PROV.wasDerivedFrom, art),
...            (e, KG.confidence, Literal("0.9")), (s, KG.text, Literal("Ann met Bo."))]
>>> summary = summarise(art, triples)
>>> summary["ties"][0][:3], summary["texts"]
(['met', 'https://w3id.org/kg/id/person/ann', 'https://w3id.org/kg/id/person/bo'], ['Ann met Bo.'])
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF
from rdflib.term import Node, URIRef

from kg.graph.vocab import KG

VERSION = 1
RELATIONS = {
    KG.Contact: "met",
    KG.Conflict: "opposed",
    KG.Cooperation: "cooperated",
    KG.Affiliation: "affiliated",
    KG.Membership: "member",
}
_EVENTS = (KG.Contact, KG.Conflict, KG.Cooperation)
_TIES = (KG.Affiliation, KG.Membership)

Triple = tuple[Node, Node, Node]


def network_triple(article: URIRef, triples: Iterable[Triple]) -> tuple[URIRef, URIRef, Literal]:
    """The ``kg:network`` triple of an article whose graph holds ``triples``."""
    text = json.dumps(summarise(article, triples), ensure_ascii=False, separators=(",", ":"))
    return (article, KG.network, Literal(text, datatype=RDF.JSON))


def summarise(article: URIRef, triples: Iterable[Triple]) -> dict[str, Any]:
    """The network summary of one article graph (see the module docstring)."""
    props: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        values = props[s][p]
        if o not in values:
            values.append(o)
    texts: dict[str, int] = {}
    ties: list[list[Any]] = []
    for node, data in props.items():
        classes = data.get(RDF.type, [])
        cls = next((c for c in _EVENTS if c in classes), None)
        if cls is not None and _true(data, KG.factual) and data.get(KG.eventType):
            ties += _event_ties(node, data, props, texts, RELATIONS[cls])
            continue
        cls = next((c for c in _TIES if c in classes), None)
        if cls is not None and data.get(KG.member) and data.get(KG.current):
            ties += _affiliation_ties(node, data, props, texts, RELATIONS[cls])
    own = props.get(article, {})
    return {"v": VERSION, "title": _first(own, DCTERMS.title), "date": _first(own, DCTERMS.date),
            "texts": list(texts), "ties": sorted(ties)}  # fmt: skip


def _first(data: dict[Node, list[Node]], prop: Node) -> str:
    values = data.get(prop)
    return str(values[0]) if values else ""


def _true(data: dict[Node, list[Node]], prop: Node) -> bool:
    return any(str(v) == "true" for v in data.get(prop, ()))


def _evidence(
    data: dict[Node, list[Node]], props: dict[Node, dict[Node, list[Node]]], texts: dict[str, int]
) -> tuple[int, float] | None:
    """The fact's sentence (as an index into ``texts``) and confidence; None
    when it has no sentence text, article or confidence (the queries skip it)."""
    sentence = next((s for s in data.get(KG.evidence, ()) if props.get(s, {}).get(KG.text)), None)
    if sentence is None or not data.get(PROV.wasDerivedFrom) or not data.get(KG.confidence):
        return None
    text = str(props[sentence][KG.text][0])
    return texts.setdefault(text, len(texts)), float(str(data[KG.confidence][0]))


def _event_ties(
    node: Node,
    data: dict[Node, list[Node]],
    props: dict[Node, dict[Node, list[Node]]],
    texts: dict[str, int],
    relation: str,
) -> list[list[Any]]:
    found = _evidence(data, props, texts)
    if found is None:
        return []
    text, confidence = found
    kind = str(data[KG.eventType][0]).partition("event-type/")[2]
    agents = data.get(KG.agent, [])
    if agents:
        pairs = [(str(a), str(b), False) for a in agents for b in data.get(KG.target, [])]
    else:
        parties = sorted({str(p) for p in data.get(KG.participant, [])})
        pairs = [(a, b, True) for i, a in enumerate(parties) for b in parties[i + 1 :]]
    date_text, day = _first(data, KG.dateText), _first(data, KG.date)
    return [[relation, a, b, str(node), text, kind, date_text, day, confidence, mutual, "", True]
            for a, b, mutual in pairs]  # fmt: skip


def _affiliation_ties(
    node: Node,
    data: dict[Node, list[Node]],
    props: dict[Node, dict[Node, list[Node]]],
    texts: dict[str, int],
    relation: str,
) -> list[list[Any]]:
    found = _evidence(data, props, texts)
    if found is None:
        return []
    text, confidence = found
    role = _first(data, KG.roleTitle)
    current = str(data[KG.current][0]) == "true"
    return [[relation, str(a), str(b), str(node), text, role or relation, "", "", confidence,
             False, role, current]
            for a in data[KG.member] for b in data.get(KG.organization, [])]  # fmt: skip
