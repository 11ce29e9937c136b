"""The one module that turns records into RDF.

Each article's facts live in the named graph of the article's IRI, so an
article can be replaced or removed as a whole; an article graph holds only what
the article says: the article, its sentences, events and ties. What kg knows of
each actor, place and extractor (type, label, aliases, codes, sameAs links)
lives once in the actor graph (:mod:`kg.graph.actors`).

The model is event-centric: every meeting, statement or conflict is a node with
typed participant links, its CAMEO code (with root, quad class and Goldstein
value), date, place, quote, modality, the sentence it comes from (with
character offsets), the extractor and a confidence. Shortcut triples between
actors (``kg:met``, ``kg:opposed``, ``kg:cooperatedWith``, ``kg:affiliatedWith``,
``kg:memberOf``) are added for factual events only, for simple and fast
queries; so is ``kg:dyad`` from each factual contact event to every unordered
pair of its parties (a ``kg:Dyad`` with two ``kg:dyadMember`` links), so
counting meetings per pair reads one property instead of joining the
participants of every event.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, permutations

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import URIRef

from kg.graph.cameo import event_code
from kg.graph.dates import date_literal
from kg.graph.identity import article_actor_triples
from kg.graph.iri import (
    actor_iri,
    article_iri,
    dyad_iri,
    extractor_iri,
    fact_iri,
    place_iri,
    sentence_iri,
)
from kg.graph.literals import text_literal
from kg.graph.network_data import network_triple
from kg.graph.ntriples import Triple, unique_ntriples
from kg.graph.vocab import KG, KGR, KGT, SCHEMA, SEM, TYPE, WD, event_type
from kg.records import (
    CONTACT_KINDS,
    ArticleFacts,
    Event,
    EventKind,
    Evidence,
    Modality,
    Relation,
    RelationType,
)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
# Instances get one prefix per kind, so every local name is plain (person:ann-berg).
KINDS = ("article", "sentence", "person", "country", "org", "group", "agreement", "place",
         "event", "affiliation", "membership", "dyad", "extractor", "graph")  # fmt: skip
_KIND_PREFIX = {"org": "organization"}
PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "kgt": KGT._NS,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
    "owl": Namespace(str(OWL)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "schema": SCHEMA,
    "org": ORG,
    "foaf": FOAF,
    "sem": SEM,
    "wd": WD,
    "kgr": KGR,
    **{_KIND_PREFIX.get(k, k): Namespace(f"{KGR}{k}/") for k in KINDS},
}
_EVENT_CLASSES = {
    EventKind.MEETING: KG.Meeting,
    EventKind.PHONE_CALL: KG.PhoneCall,
    EventKind.VISIT: KG.Visit,
    EventKind.NEGOTIATION: KG.Negotiation,
    EventKind.STATEMENT: KG.Statement,
    EventKind.CONFLICT: KG.Conflict,
    EventKind.COOPERATION: KG.Cooperation,
}
_ROLE_PROPERTIES = {
    "participant": KG.participant,
    "agent": KG.agent,
    "target": KG.target,
    "host": KG.host,
    "visitor": KG.visitor,
    "speaker": KG.speaker,
    "addressee": KG.addressee,
    "topic": KG.topic,
}
_MODALITIES = {
    Modality.ASSERTED: KG.Asserted,
    Modality.PLANNED: KG.Planned,
    Modality.HYPOTHETICAL: KG.Hypothetical,
    Modality.ALLEGED: KG.Alleged,
    Modality.HABITUAL: KG.Habitual,
}


Add = Callable[[Triple], None]


def new_graph(identifier: URIRef | None = None) -> Graph:
    graph = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def article_graph(facts: ArticleFacts) -> Graph:
    """All triples of one article's graph, in a graph named by the article's IRI."""
    graph = new_graph(article_iri(facts.article.id))
    for triple in article_triples(facts):
        graph.add(triple)
    return graph


def article_ntriples(facts: ArticleFacts) -> tuple[str, str]:
    """``(graph IRI, N-Triples text)`` for one article: the same triples as
    :func:`article_graph` without building an rdflib graph (the fast path
    ingest uses to write an article).

    >>> from kg.read.article_text import article_from_text
    >>> art = article_from_text("Envoys met.", source="x.txt", title="T", given_id="a1")
    >>> iri, text = article_ntriples(ArticleFacts(art, (), (), (), (), "kg-test"))
    >>> iri
    'https://w3id.org/kg/id/article/a1'
    >>> '<https://w3id.org/kg/ontology#pipeline> "kg-test" .' in text
    True
    """
    return str(article_iri(facts.article.id)), unique_ntriples(list(article_triples(facts)))


_PART_OF, _DERIVED_FROM = DCTERMS.isPartOf, PROV.wasDerivedFrom  # (see vocab.TYPE)


def article_triples(facts: ArticleFacts) -> Iterator[Triple]:
    """Every triple of one article's graph (possibly with repeats), in a stable order:
    what the article says. Descriptions of its actors, places and extractors go to
    the actor graph (:func:`kg.graph.actors.description_triples`)."""
    out: list[Triple] = []
    add = out.append
    art = facts.article
    a_iri = article_iri(art.id)
    add((a_iri, TYPE, KG.Article))
    add((a_iri, DCTERMS.identifier, Literal(art.id)))
    if art.title:
        add((a_iri, DCTERMS.title, Literal(art.title)))
    if art.date:
        typed = date_literal(art.date)
        if typed is not None:
            add((a_iri, DCTERMS.date, typed))
        if typed is None or str(typed) != art.date:
            add((a_iri, KG.dateText, Literal(art.date)))
    if art.dateline:
        add((a_iri, KG.dateline, Literal(art.dateline)))
    if art.url:
        add((a_iri, SCHEMA.url, Literal(art.url)))
    if art.publisher:
        add((a_iri, DCTERMS.publisher, Literal(art.publisher)))
    add((a_iri, KG.source, Literal(portable_source(art.source))))
    add((a_iri, KG.pipeline, text_literal(facts.pipeline)))
    used_sentences = {e.evidence.sentence for e in facts.events} | {
        r.evidence.sentence for r in facts.relations
    }
    for sent in facts.sentences:
        if sent.index not in used_sentences:
            continue
        s_iri = sentence_iri(art.id, sent.index)
        add((s_iri, TYPE, KG.Sentence))
        if sent.headline:
            add((s_iri, TYPE, KG.Headline))
        add((s_iri, _PART_OF, a_iri))
        add((s_iri, KG.sentenceIndex, plain_literal(sent.index)))
        add((s_iri, KG.text, Literal(sent.text)))
        add((s_iri, KG.startChar, plain_literal(sent.start)))
        add((s_iri, KG.endChar, plain_literal(sent.end)))
    for event in facts.events:
        _add_event(add, a_iri, art.id, event)
    for relation in facts.relations:
        _add_relation(add, a_iri, art.id, relation)
    out.extend(article_actor_triples(facts))
    add(network_triple(a_iri, out))
    return iter(out)


def portable_source(source: str) -> str:
    """The article's source without the machine's folders: readers give paths
    relative to the folder ingested; an absolute path that still reaches here
    keeps only its file name (and a JSON Lines line number).

    >>> portable_source("politics/001.txt"), portable_source("/home/ann/news/001.txt")
    ('politics/001.txt', '001.txt')
    >>> portable_source("C:\\\\Users\\\\ann\\\\feed.jsonl:12"), portable_source("https://x.org/a")
    ('feed.jsonl:12', 'https://x.org/a')
    """
    if "://" in source:
        return source
    if source.startswith(("/", "\\", "~")) or re.match(r"[A-Za-z]:[\\/]", source):
        return re.split(r"[\\/]", source)[-1]
    return source


def _is_iso_date(text: str) -> bool:
    """Only well-formed dates are typed ``xsd:date``; anything else stays text.

    >>> _is_iso_date("2024-02-29"), _is_iso_date("2023-02-29"), _is_iso_date("next week")
    (True, False, False)
    """
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1 << 14, typed=True)
def plain_literal(value: int | bool) -> Literal:
    """``Literal(value)`` for a number or a truth value, made once: offsets, indexes
    and flags repeat across the events of a run, and rdflib works out each
    literal's datatype and lexical form anew (typed, so ``True`` is never ``1``).

    >>> plain_literal(True).n3(), plain_literal(1).n3()
    ('"true"^^<http://www.w3.org/2001/XMLSchema#boolean>', '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    return Literal(value)


@lru_cache(maxsize=1 << 12, typed=True)  # a few hundred distinct values
def confidence_literal(value: float) -> Literal:
    """An ``xsd:decimal`` in [0, 1], in the canonical form stores keep (no exponent,
    no trailing zeros), so a graph reads back from the store unchanged.

    >>> [str(confidence_literal(v)) for v in (0.9, 1.0, 0.0, 1e-05, float("nan"))]
    ['0.9', '1', '0', '0.00001', '0']
    """
    value = min(max(value, 0.0), 1.0) if math.isfinite(value) else 0.0
    return decimal_literal(round(value, 6))


@lru_cache(maxsize=1 << 12, typed=True)  # a few hundred distinct values
def decimal_literal(value: float) -> Literal:
    """An ``xsd:decimal`` in canonical form.

    >>> [str(decimal_literal(v)) for v in (-2.0, 3.4, 10.0)]
    ['-2', '3.4', '10']
    """
    text = format(Decimal(str(value)).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def _add_evidence(add: Add, node: URIRef, a_iri: URIRef, article_id: str, ev: Evidence) -> None:
    add((node, _DERIVED_FROM, a_iri))
    add((node, KG.evidence, sentence_iri(article_id, ev.sentence)))
    add((node, KG.startChar, plain_literal(ev.start)))
    add((node, KG.endChar, plain_literal(ev.end)))
    add((node, KG.extractor, extractor_iri(ev.extractor)))
    add((node, KG.confidence, confidence_literal(ev.confidence)))


def _digest(record: Event | Relation) -> str:
    """What tells two records apart: all of them, so two different records never
    share a node (and its single-valued properties never get two values)."""
    return hashlib.sha256(repr(record).encode()).hexdigest()[:16]


@lru_cache(maxsize=1 << 12)  # a few hundred distinct values
def cameo_literal(code: str) -> Literal:
    return Literal(code, datatype=KG.CAMEOCode)


def _add_event(add: Add, a_iri: URIRef, article_id: str, event: Event) -> None:
    ev = event.evidence
    node = fact_iri("event", article_id, _digest(event))
    add((node, TYPE, _EVENT_CLASSES[event.kind]))
    add((node, TYPE, KG.Event))
    if event.kind in CONTACT_KINDS:
        add((node, TYPE, KG.Contact))
    add((node, KG.eventType, event_type(event.type)))
    code = event_code(event.cameo, event.type)
    if code is not None:
        add((node, KG.cameoCode, cameo_literal(code.code)))
        add((node, KG.cameoRoot, cameo_literal(code.root)))
        add((node, KG.quadClass, plain_literal(code.quad)))
        add((node, KG.goldstein, decimal_literal(code.goldstein)))
    add((node, KG.modality, _MODALITIES[event.modality]))
    add((node, KG.negated, plain_literal(event.negated)))
    add((node, KG.factual, plain_literal(event.factual)))
    if event.trigger:
        add((node, KG.trigger, text_literal(event.trigger)))
    if event.claimed_by:
        add((node, KG.claimedBy, actor_iri(event.claimed_by)))
    if event.date and _is_iso_date(event.date):
        add((node, KG.date, Literal(event.date, datatype=XSD.date)))
    if event.date_text or (event.date and not _is_iso_date(event.date)):
        add((node, KG.dateText, text_literal(event.date_text or event.date)))
    if event.place:
        add((node, KG.place, place_iri(event.place)))
    if event.quote:
        add((node, KG.quote, Literal(event.quote)))
    for p in event.participants:
        actor = actor_iri(p.actor)
        add((node, _ROLE_PROPERTIES[p.role], actor))
        if p.role != "topic":
            add((node, KG.participant, actor))
    _add_evidence(add, node, a_iri, article_id, ev)
    if event.factual:
        _add_shortcuts(add, node, event)


def _add_shortcuts(add: Add, node: URIRef, event: Event) -> None:
    if event.kind in CONTACT_KINDS:
        nodes = [actor_iri(k) for k in dict.fromkeys(event.actors())]
        for x, y in permutations(nodes, 2):
            add((x, KG.met, y))
        for x, y in combinations(sorted(nodes), 2):
            dyad = dyad_iri(x, y)
            add((node, KG.dyad, dyad))
            add((dyad, TYPE, KG.Dyad))
            add((dyad, KG.dyadMember, x))
            add((dyad, KG.dyadMember, y))
    elif event.kind in {EventKind.CONFLICT, EventKind.COOPERATION}:
        prop = KG.opposed if event.kind is EventKind.CONFLICT else KG.cooperatedWith
        agents = event.actors("agent") or event.actors("participant")
        targets = event.actors("target") or event.actors("participant")
        for a in agents:
            for b in targets:
                if a != b:
                    add((actor_iri(a), prop, actor_iri(b)))


def _add_relation(add: Add, a_iri: URIRef, article_id: str, rel: Relation) -> None:
    ev = rel.evidence
    kind = "affiliation" if rel.type is RelationType.AFFILIATION else "membership"
    node = fact_iri(kind, article_id, _digest(rel))
    subject, obj = actor_iri(rel.subject), actor_iri(rel.object)
    add((node, TYPE, KG.Affiliation if kind == "affiliation" else KG.Membership))
    add((node, KG.member, subject))
    add((node, KG.organization, obj))
    add((node, KG.current, plain_literal(rel.current)))
    if rel.role:
        add((node, KG.roleTitle, text_literal(rel.role)))
    _add_evidence(add, node, a_iri, article_id, ev)
    if rel.current:
        add((subject, KG.affiliatedWith if kind == "affiliation" else KG.memberOf, obj))
