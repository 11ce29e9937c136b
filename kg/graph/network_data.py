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
>>> summary = summarise(str(art), ((str(x), str(y), str(z)) for x, y, z in triples))
>>> summary["ties"][0][:3], summary["texts"]
(['met', 'https://w3id.org/kg/id/person/ann', 'https://w3id.org/kg/id/person/bo'], ['Ann met Bo.'])
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF
from rdflib.term import Node, URIRef

from kg.graph.vocab import KG

VERSION = 1
RELATIONS = {
    str(KG.Contact): "met",
    str(KG.Conflict): "opposed",
    str(KG.Cooperation): "cooperated",
    str(KG.Affiliation): "affiliated",
    str(KG.Membership): "member",
}
_EVENTS = (str(KG.Contact), str(KG.Conflict), str(KG.Cooperation))
_TIES = (str(KG.Affiliation), str(KG.Membership))
_TYPE, _FACTUAL, _EVENT_TYPE = str(RDF.type), str(KG.factual), str(KG.eventType)
_AGENT, _TARGET, _PARTICIPANT = str(KG.agent), str(KG.target), str(KG.participant)
_MEMBER, _ORGANIZATION, _CURRENT = str(KG.member), str(KG.organization), str(KG.current)
_EVIDENCE, _TEXT, _CONFIDENCE = str(KG.evidence), str(KG.text), str(KG.confidence)
_DERIVED, _TITLE, _DATE = str(PROV.wasDerivedFrom), str(DCTERMS.title), str(DCTERMS.date)
_DATE_TEXT, _FACT_DATE, _ROLE = str(KG.dateText), str(KG.date), str(KG.roleTitle)
# the properties a summary reads; the others are passed over
_READ = frozenset({_TYPE, _FACTUAL, _EVENT_TYPE, _AGENT, _TARGET, _PARTICIPANT, _MEMBER,
                   _ORGANIZATION, _CURRENT, _EVIDENCE, _TEXT, _CONFIDENCE, _DERIVED, _TITLE,
                   _DATE, _DATE_TEXT, _FACT_DATE, _ROLE})  # fmt: skip
_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})

Triple = tuple[Node, Node, Node]
Props = dict[str, dict[str, list[str]]]


def network_triple(article: URIRef, triples: Iterable[Triple]) -> tuple[URIRef, URIRef, Literal]:
    """The ``kg:network`` triple of an article whose graph holds ``triples``."""
    text = _json(summarise(str(article), ((str(s), str(p), str(o)) for s, p, o in triples)))
    return (article, KG.network, Literal(text, datatype=RDF.JSON))


def network_ntriple(article: str, triples: Iterable[tuple[str, str, str]]) -> str:
    """The same triple as N-Triples, from plain ``(subject, predicate, object)``
    strings (IRIs, or a literal's lexical form): what a writer that rewrites an
    article graph as text (identity reconciliation) adds to it.

    >>> line = network_ntriple("https://x.org/a", [])
    >>> line.startswith('<https://x.org/a> <https://w3id.org/kg/ontology#network> "{')
    True
    """
    text = _json(summarise(article, triples)).translate(_NT_ESCAPES)
    return f'<{article}> <{KG.network}> "{text}"^^<{RDF.JSON}> .'


def _json(summary: dict[str, Any]) -> str:
    return json.dumps(summary, ensure_ascii=False, separators=(",", ":"))


def summarise(article: str, triples: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    """The network summary of one article graph (see the module docstring), from
    its triples as plain strings: IRIs, and literals by their lexical form."""
    props: Props = {}
    for s, p, o in triples:
        data = props.get(s)
        if data is None:  # every node, in the order first met: the order of the texts
            data = props[s] = {}
        if p in _READ:
            values = data.get(p)
            if values is None:
                data[p] = [o]
            elif o not in values:
                values.append(o)
    texts: dict[str, int] = {}
    ties: list[list[Any]] = []
    for node, data in props.items():
        classes = data.get(_TYPE, [])
        cls = next((c for c in _EVENTS if c in classes), None)
        if cls is not None and "true" in data.get(_FACTUAL, ()) and data.get(_EVENT_TYPE):
            ties += _event_ties(node, data, props, texts, RELATIONS[cls])
            continue
        cls = next((c for c in _TIES if c in classes), None)
        if cls is not None and data.get(_MEMBER) and data.get(_CURRENT):
            ties += _affiliation_ties(node, data, props, texts, RELATIONS[cls])
    own = props.get(article, {})
    return {"v": VERSION, "title": _first(own, _TITLE), "date": _first(own, _DATE),
            "texts": list(texts), "ties": sorted(ties)}  # fmt: skip


def _first(data: dict[str, list[str]], prop: str) -> str:
    values = data.get(prop)
    return values[0] if values else ""


def _evidence(
    data: dict[str, list[str]], props: Props, texts: dict[str, int]
) -> tuple[int, float] | None:
    """The fact's sentence (as an index into ``texts``) and confidence; None
    when it has no sentence text, article or confidence (the queries skip it)."""
    sentence = next((s for s in data.get(_EVIDENCE, ()) if props.get(s, {}).get(_TEXT)), None)
    if sentence is None or not data.get(_DERIVED) or not data.get(_CONFIDENCE):
        return None
    text = props[sentence][_TEXT][0]
    return texts.setdefault(text, len(texts)), float(data[_CONFIDENCE][0])


def _event_ties(
    node: str, data: dict[str, list[str]], props: Props, texts: dict[str, int], relation: str
) -> list[list[Any]]:
    found = _evidence(data, props, texts)
    if found is None:
        return []
    text, confidence = found
    kind = data[_EVENT_TYPE][0].partition("event-type/")[2]
    agents = data.get(_AGENT, [])
    if agents:
        pairs = [(a, b, False) for a in agents for b in data.get(_TARGET, [])]
    else:
        parties = sorted(set(data.get(_PARTICIPANT, [])))
        pairs = [(a, b, True) for i, a in enumerate(parties) for b in parties[i + 1 :]]
    date_text, day = _first(data, _DATE_TEXT), _first(data, _FACT_DATE)
    return [[relation, a, b, node, text, kind, date_text, day, confidence, mutual, "", True]
            for a, b, mutual in pairs]  # fmt: skip


def _affiliation_ties(
    node: str, data: dict[str, list[str]], props: Props, texts: dict[str, int], relation: str
) -> list[list[Any]]:
    found = _evidence(data, props, texts)
    if found is None:
        return []
    text, confidence = found
    role = _first(data, _ROLE)
    current = data[_CURRENT][0] == "true"
    return [[relation, a, b, node, text, role or relation, "", "", confidence, False, role, current]
            for a in data[_MEMBER] for b in data.get(_ORGANIZATION, [])]  # fmt: skip
