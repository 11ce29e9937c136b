"""How each article named its actors, kept in the article's own graph.

Identity across articles (:mod:`kg.graph.reconcile`) rewrites an article's actor
IRIs to the actors of the whole store; to be able to decide again from scratch
(when articles are added, removed or curated, in any order), every article
graph keeps one :data:`~kg.graph.vocab.KG.ArticleActor` node per actor it
names: its local key, name, forms, type and codes (and a person's sex, as
foaf:gender, when the article told it), and the store actor it
currently ``kg:denotes`` (the only part reconciliation rewrites).

The named graphs of identity live here too: :data:`IDENTITY_GRAPH` (which store
actor each article actor is, and why: derived, rewritten on every
reconciliation), :data:`CURATION_GRAPH` (the user's decisions) and
:data:`LISTED_GRAPH` (the actors the user listed).
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal
from rdflib.namespace import FOAF
from rdflib.term import URIRef

from kg.graph.iri import actor_iri, article_iri, safe_segment
from kg.graph.literals import text_literal
from kg.graph.vocab import KG, KGR, TYPE
from kg.records import ActorType, ArticleFacts

IDENTITY_GRAPH = str(KGR) + "graph/identity"
CURATION_GRAPH = str(KGR) + "graph/curation"
LISTED_GRAPH = str(KGR) + "graph/listed-actors"
ACTOR_CLASS = {
    ActorType.PERSON: KG.Person,
    ActorType.ORGANIZATION: KG.Organization,
    ActorType.COUNTRY: KG.Country,
    ActorType.GROUP: KG.Group,
    ActorType.AGREEMENT: KG.Agreement,
}


_SEXES = {"m": "male", "f": "female"}


def article_actor_iri(article_id: str, key: str) -> URIRef:
    """The node of one article's actor: ``<article IRI>/actor/<key>``."""
    return URIRef(f"{article_iri(article_id)}/actor/{safe_segment(key.replace('/', '--'))}")


def article_actor_triples(facts: ArticleFacts) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The :data:`KG.ArticleActor` node of every actor of the article."""
    for actor in facts.actors:
        node = article_actor_iri(facts.article.id, actor.key)
        yield node, TYPE, KG.ArticleActor
        yield node, KG.localKey, text_literal(actor.key)
        yield node, KG.localName, text_literal(actor.name)
        yield node, KG.localType, ACTOR_CLASS[actor.type]
        yield node, KG.denotes, actor_iri(actor.key)
        for form in actor.aliases:
            yield node, KG.surfaceForm, text_literal(form)
        if actor.sex in _SEXES:  # (what resolution needs to keep "Lady Vale" from Tom Vale)
            yield node, FOAF.gender, Literal(_SEXES[actor.sex])
        if actor.wikidata:
            yield node, KG.wikidataId, text_literal(actor.wikidata)
        if actor.iso2:
            yield node, KG.iso3166Alpha2, text_literal(actor.iso2)
        if actor.iso3:
            yield node, KG.iso3166Alpha3, text_literal(actor.iso3)
