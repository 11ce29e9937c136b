"""kg's closed vocabulary, mirrored from ``ontology/kg.ttl``.

A misspelt term fails loudly (``_fail = True``), so code can only write
predicates the ontology defines; ``tests/test_vocab.py`` checks that every term
here is declared in the ontology file and vice versa.

>>> str(KG.Meeting)
'https://w3id.org/kg/ontology#Meeting'
>>> KG.Meting
Traceback (most recent call last):
...
AttributeError: term 'Meting' not in namespace 'https://w3id.org/kg/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import RDF, RDFS, DefinedNamespace
from rdflib.term import URIRef

BASE = "https://w3id.org/kg/"
KGR = Namespace(BASE + "id/")  # instances: actors, articles, events
# rdflib answers each term of its own namespaces through a Python ``__getattr__``
# (about a microsecond); the two written for nearly every node are read once.
TYPE = RDF.type
LABEL = RDFS.label
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """Classes and properties of the kg ontology."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # actors
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Agreement: URIRef
    Place: URIRef
    # events
    Event: URIRef
    Contact: URIRef
    Meeting: URIRef
    PhoneCall: URIRef
    Visit: URIRef
    Negotiation: URIRef
    Statement: URIRef
    Conflict: URIRef
    Cooperation: URIRef
    # lasting ties
    Affiliation: URIRef
    Membership: URIRef
    # provenance
    Article: URIRef
    Sentence: URIRef
    Headline: URIRef
    Extractor: URIRef
    Modality: URIRef
    Asserted: URIRef
    Planned: URIRef
    Habitual: URIRef
    Hypothetical: URIRef
    Alleged: URIRef
    EventTypeScheme: URIRef
    CAMEOCode: URIRef
    # event properties
    participant: URIRef
    agent: URIRef
    target: URIRef
    host: URIRef
    visitor: URIRef
    speaker: URIRef
    addressee: URIRef
    topic: URIRef
    eventType: URIRef
    modality: URIRef
    negated: URIRef
    factual: URIRef
    claimedBy: URIRef
    date: URIRef
    dateText: URIRef
    place: URIRef
    quote: URIRef
    trigger: URIRef
    # tie properties
    member: URIRef
    organization: URIRef
    roleTitle: URIRef
    current: URIRef
    # shortcuts between actors (materialised from the nodes above)
    met: URIRef
    opposed: URIRef
    cooperatedWith: URIRef
    affiliatedWith: URIRef
    memberOf: URIRef
    Dyad: URIRef
    dyad: URIRef
    dyadMember: URIRef
    network: URIRef
    # provenance properties
    evidence: URIRef
    startChar: URIRef
    endChar: URIRef
    sentenceIndex: URIRef
    text: URIRef
    extractor: URIRef
    confidence: URIRef
    pipeline: URIRef
    dateline: URIRef
    source: URIRef
    # identifiers
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    cameoCode: URIRef
    cameoRoot: URIRef
    quadClass: URIRef
    goldstein: URIRef
    actorCode: URIRef
    # identity across articles (kg.graph.identity, kg.graph.curation)
    ArticleActor: URIRef
    localKey: URIRef
    localName: URIRef
    localType: URIRef
    surfaceForm: URIRef
    denotes: URIRef
    wikidataId: URIRef
    mergeReason: URIRef
    Decision: URIRef
    MergeDecision: URIRef
    SplitDecision: URIRef
    RenameDecision: URIRef
    actorKey: URIRef
    otherKey: URIRef
    actorList: URIRef


class KGT(DefinedNamespace):
    """The event-type scheme (SKOS concepts mapped to CAMEO codes)."""

    _fail = True
    _NS = Namespace(BASE + "event-type/")

    meet: URIRef
    consult: URIRef
    _extras = ["phone-call", "host-visit", "reduce-relations",  # noqa: RUF012
               "contact", "statement-type", "conflict", "cooperation"]  # fmt: skip
    visit: URIRef
    negotiate: URIRef
    statement: URIRef
    appeal: URIRef
    criticise: URIRef
    accuse: URIRef
    sanction: URIRef
    threaten: URIRef
    protest: URIRef
    demand: URIRef
    reject: URIRef
    attack: URIRef
    coerce: URIRef
    agree: URIRef
    sign: URIRef
    support: URIRef
    praise: URIRef
    aid: URIRef
    cooperate: URIRef
    ally: URIRef
    recognise: URIRef
    # yield is a Python keyword: KGT["yield"]
    _extras += ["yield"]


def _bind_terms(namespace: type[DefinedNamespace]) -> None:
    """Store every term on its class, so ``KG.met`` is a plain attribute read
    instead of a call through the namespace's ``__getattr__`` on every use
    (thousands per article when its triples are written). Misspelt names
    still go through ``__getattr__`` and fail."""
    for name in namespace.__annotations__:
        type.__setattr__(namespace, name, namespace[name])


_bind_terms(KG)
_bind_terms(KGT)


def event_type(name: str) -> URIRef:
    """The kgt: concept for a fine event type name; unknown names fail."""
    return KGT[name]
