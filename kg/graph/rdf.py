"""The one module that turns records into RDF.

:func:`article_graph` maps one :class:`~kg.records.ArticleFacts` to an rdflib
graph whose name is the article's IRI, so an article can be replaced or removed
as a whole. The model is event-centric: every meeting, statement or conflict is
a node with typed participant links, its date, place, quote, modality, the
sentence it comes from (with character offsets), the extractor and a
confidence. Shortcut triples between actors (``kg:met``, ``kg:opposed``,
``kg:cooperatedWith``, ``kg:affiliatedWith``, ``kg:memberOf``) are added for
factual events only, for simple and fast queries; so is ``kg:dyad`` from each
factual contact event to every unordered pair of its parties (a ``kg:Dyad``
with two ``kg:dyadMember`` links), so counting meetings per pair reads one
property instead of joining the participants of every event.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, permutations

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import URIRef

from kg.graph.iri import (
    actor_iri,
    article_iri,
    dyad_iri,
    extractor_iri,
    fact_iri,
    place_iri,
    sentence_iri,
)
from kg.graph.network_data import network_triple
from kg.graph.vocab import KG, KGR, SCHEMA, SEM, WD, event_type
from kg.records import (
    CONTACT_KINDS,
    Actor,
    ActorType,
    ArticleFacts,
    Event,
    EventKind,
    Evidence,
    Modality,
    Relation,
    RelationType,
)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]{0,11}")
ORG = Namespace("http://www.w3.org/ns/org#")
PREFIXES = {
    "kg": KG._NS,
    "kgt": Namespace(str(KG._NS).replace("ontology#", "event-type/")),
    "kgr": KGR,
    "prov": PROV,
    "org": ORG,
    "foaf": FOAF,
    "schema": SCHEMA,
    "sem": SEM,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "owl": OWL,
    "wd": WD,
}
_ACTOR_CLASSES = {
    ActorType.PERSON: (KG.Person, FOAF.Person),
    ActorType.ORGANIZATION: (KG.Organization, ORG.Organization),
    ActorType.COUNTRY: (KG.Country, SCHEMA.Country),
    ActorType.GROUP: (KG.Group, ORG.Organization),
    ActorType.AGREEMENT: (KG.Agreement, SCHEMA.Legislation),
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
}


Triple = tuple[URIRef, URIRef, URIRef | Literal]
Add = Callable[[Triple], None]


def new_graph(identifier: URIRef | None = None) -> Graph:
    graph = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def article_graph(facts: ArticleFacts) -> Graph:
    """All triples for one article, in a graph named by the article's IRI."""
    graph = new_graph(article_iri(facts.article.id))
    for triple in article_triples(facts):
        graph.add(triple)
    return graph


def article_ntriples(facts: ArticleFacts) -> tuple[str, str]:
    """``(graph IRI, N-Triples text)`` for one article: the same triples as
    :func:`article_graph` without building an rdflib graph (the fast path
    ingest uses to write an article).

    >>> from kg.read.articles import article_from_text
    >>> art = article_from_text("Envoys met.", source="x.txt", title="T", given_id="a1")
    >>> iri, text = article_ntriples(ArticleFacts(art, (), (), (), (), "kg-test"))
    >>> iri
    'https://w3id.org/kg/id/article/a1'
    >>> '<https://w3id.org/kg/ontology#pipeline> "kg-test" .' in text
    True
    """
    triples = dict.fromkeys(article_triples(facts))
    return str(article_iri(facts.article.id)), ntriples(triples)


def ntriples(triples: Iterable[Triple]) -> str:
    """N-Triples text for rdflib triples.

    >>> print(ntriples([(URIRef("https://x.org/a"), RDFS.label, Literal('say "hi"'))]))
    <https://x.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "say \\"hi\\"" .
    """
    term = _nt_term
    return "\n".join(f"{term(s)} {term(p)} {term(o)} ." for s, p, o in triples)


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_UNSAFE = frozenset('<>"{}|^`\\ ')


def _nt_term(term: URIRef | Literal) -> str:
    if type(term) is URIRef:
        return _nt_iri(term)
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_NT_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^{_nt_iri(term.datatype)}"
        return text
    return term.n3()


@lru_cache(maxsize=1 << 14)
def _nt_iri(iri: URIRef) -> str:
    return f"<{iri}>" if _IRI_UNSAFE.isdisjoint(iri) else iri.n3()


def article_triples(facts: ArticleFacts) -> Iterator[Triple]:
    """Every triple of one article (possibly with repeats), in a stable order."""
    out: list[Triple] = []
    add = out.append
    art = facts.article
    a_iri = article_iri(art.id)
    add((a_iri, RDF.type, KG.Article))
    add((a_iri, RDF.type, SCHEMA.NewsArticle))
    add((a_iri, DCTERMS.identifier, Literal(art.id)))
    if art.title:
        add((a_iri, DCTERMS.title, Literal(art.title)))
    if art.date:
        add((a_iri, DCTERMS.date, Literal(art.date)))
    if art.dateline:
        add((a_iri, KG.dateline, Literal(art.dateline)))
    if art.url:
        add((a_iri, SCHEMA.url, Literal(art.url)))
    if art.publisher:
        add((a_iri, DCTERMS.publisher, Literal(art.publisher)))
    add((a_iri, KG.source, Literal(art.source)))
    add((a_iri, KG.pipeline, Literal(facts.pipeline)))
    used_sentences = {e.evidence.sentence for e in facts.events} | {
        r.evidence.sentence for r in facts.relations
    }
    for sent in facts.sentences:
        if sent.index not in used_sentences:
            continue
        s_iri = sentence_iri(art.id, sent.index)
        add((s_iri, RDF.type, KG.Sentence))
        add((s_iri, DCTERMS.isPartOf, a_iri))
        add((s_iri, KG.sentenceIndex, Literal(sent.index)))
        add((s_iri, KG.text, Literal(sent.text)))
        add((s_iri, KG.startChar, Literal(sent.start)))
        add((s_iri, KG.endChar, Literal(sent.end)))
    for actor in facts.actors:
        _add_actor(add, actor)
    extractors = set()
    for event in facts.events:
        _add_event(add, a_iri, art.id, event)
        extractors.add(event.evidence.extractor)
    for relation in facts.relations:
        _add_relation(add, a_iri, art.id, relation)
        extractors.add(relation.evidence.extractor)
    for name in sorted(extractors):
        e_iri = extractor_iri(name)
        add((e_iri, RDF.type, KG.Extractor))
        add((e_iri, RDF.type, PROV.SoftwareAgent))
        add((e_iri, RDFS.label, Literal(name)))
    add(network_triple(a_iri, out))
    return iter(out)


def _add_actor(add: Add, actor: Actor) -> None:
    node = actor_iri(actor.key)
    for cls in _ACTOR_CLASSES[actor.type]:
        add((node, RDF.type, cls))
    if actor.type is not ActorType.AGREEMENT:
        add((node, RDF.type, KG.Actor))
    add((node, RDFS.label, Literal(actor.name)))
    for alias in actor.aliases:
        add((node, SKOS.altLabel, Literal(alias)))
    if actor.wikidata and _WIKIDATA_ID.fullmatch(actor.wikidata):
        add((node, OWL.sameAs, WD[actor.wikidata]))
    if actor.iso2:
        add((node, KG.iso3166Alpha2, Literal(actor.iso2)))
    if actor.iso3:
        add((node, KG.iso3166Alpha3, Literal(actor.iso3)))


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


def confidence_literal(value: float) -> Literal:
    """An ``xsd:decimal`` in [0, 1], in the canonical form stores keep (no exponent,
    no trailing zeros), so a graph reads back from the store unchanged.

    >>> [str(confidence_literal(v)) for v in (0.9, 1.0, 0.0, 1e-05, float("nan"))]
    ['0.9', '1', '0', '0.00001', '0']
    """
    value = min(max(value, 0.0), 1.0) if math.isfinite(value) else 0.0
    text = format(Decimal(str(round(value, 6))).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def _add_evidence(add: Add, node: URIRef, a_iri: URIRef, article_id: str, ev: Evidence) -> None:
    add((node, PROV.wasDerivedFrom, a_iri))
    add((node, KG.evidence, sentence_iri(article_id, ev.sentence)))
    add((node, KG.startChar, Literal(ev.start)))
    add((node, KG.endChar, Literal(ev.end)))
    add((node, KG.extractor, extractor_iri(ev.extractor)))
    add((node, KG.confidence, confidence_literal(ev.confidence)))


def _add_event(add: Add, a_iri: URIRef, article_id: str, event: Event) -> None:
    ev = event.evidence
    roles = sorted((p.role, p.actor) for p in event.participants)
    node = fact_iri("event", article_id, ev.sentence, ev.start, event.type, roles)
    add((node, RDF.type, _EVENT_CLASSES[event.kind]))
    add((node, RDF.type, KG.Event))
    add((node, RDF.type, SEM.Event))
    if event.kind in CONTACT_KINDS:
        add((node, RDF.type, KG.Contact))
    add((node, KG.eventType, event_type(event.type)))
    add((node, KG.modality, _MODALITIES[event.modality]))
    add((node, KG.negated, Literal(event.negated)))
    add((node, KG.factual, Literal(event.factual)))
    if event.trigger:
        add((node, KG.trigger, Literal(event.trigger)))
    if event.claimed_by:
        add((node, KG.claimedBy, actor_iri(event.claimed_by)))
    if event.date and _is_iso_date(event.date):
        add((node, KG.date, Literal(event.date, datatype=XSD.date)))
    if event.date_text or (event.date and not _is_iso_date(event.date)):
        add((node, KG.dateText, Literal(event.date_text or event.date)))
    if event.place:
        p_iri = place_iri(event.place)
        add((node, KG.place, p_iri))
        add((p_iri, RDF.type, KG.Place))
        add((p_iri, RDF.type, SEM.Place))
        add((p_iri, RDFS.label, Literal(event.place)))
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
            add((dyad, RDF.type, KG.Dyad))
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
    node = fact_iri(kind, article_id, ev.sentence, rel.subject, rel.object, rel.role)
    subject, obj = actor_iri(rel.subject), actor_iri(rel.object)
    add((node, RDF.type, KG.Affiliation if kind == "affiliation" else KG.Membership))
    add((node, RDF.type, ORG.Membership))
    add((node, KG.member, subject))
    add((node, KG.organization, obj))
    add((node, ORG.member, subject))
    add((node, ORG.organization, obj))
    add((node, KG.current, Literal(rel.current)))
    if rel.role:
        add((node, KG.roleTitle, Literal(rel.role)))
    _add_evidence(add, node, a_iri, article_id, ev)
    if rel.current:
        add((subject, KG.affiliatedWith if kind == "affiliation" else KG.memberOf, obj))
