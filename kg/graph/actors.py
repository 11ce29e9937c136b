"""The actor graph: what kg knows of each actor, stated once.

Article graphs hold only what an article says (its events and ties). The type,
label, aliases, CAMEO actor codes, ISO codes and ``owl:sameAs`` links of every
actor, and the labels of places and extractors, live in one named graph,
:data:`ACTOR_GRAPH`, written per actor: whichever article names an actor first
gives it its label, later articles add aliases and codes, and nothing is ever
repeated, so joining a label never multiplies a count.

Every write of the actor graph goes through :func:`descriptions_update` (kg
ingest, and :func:`write_actors` for curated actor lists, which replace what was
known of an actor instead of adding to it).

>>> from kg.records import Actor, ActorType
>>> ann = Actor("person/ann-berg", ActorType.PERSON, "Ann Berg", ("Berg",))
>>> print(ntriples(actor_triples(ann, ("NORGOV",))))  # doctest: +NORMALIZE_WHITESPACE
<https://w3id.org/kg/id/person/ann-berg> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg/ontology#Person> .
<https://w3id.org/kg/id/person/ann-berg> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg/ontology#Actor> .
<https://w3id.org/kg/id/person/ann-berg> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Berg" .
<https://w3id.org/kg/id/person/ann-berg> <http://www.w3.org/2004/02/skos/core#altLabel> "Berg" .
<https://w3id.org/kg/id/person/ann-berg> <https://w3id.org/kg/ontology#actorCode> "NORGOV" .
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDFS, SKOS
from rdflib.term import URIRef

from kg.graph.codes import actor_codes, is_code
from kg.graph.iri import actor_iri, extractor_iri, place_iri
from kg.graph.literals import text_literal
from kg.graph.ntriples import Triple, nt_term, ntriples
from kg.graph.rdf import article_triples, new_graph
from kg.graph.store import Store
from kg.graph.vocab import KG, KGR, LABEL, TYPE, WD
from kg.records import Actor, ActorType, ArticleFacts

ACTOR_GRAPH = URIRef(f"{KGR}graph/actors")
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]{0,11}")
_ACTOR_CLASSES = {
    ActorType.PERSON: KG.Person,
    ActorType.ORGANIZATION: KG.Organization,
    ActorType.COUNTRY: KG.Country,
    ActorType.GROUP: KG.Group,
    ActorType.AGREEMENT: KG.Agreement,
}


def actor_triples(actor: Actor, codes: Iterable[str] = ()) -> list[Triple]:
    """The description of one actor: class, label, aliases, identifiers and codes."""
    node = actor_iri(actor.key)
    out: list[Triple] = [(node, TYPE, _ACTOR_CLASSES[actor.type])]
    if actor.type is not ActorType.AGREEMENT:
        out.append((node, TYPE, KG.Actor))
    out.append((node, LABEL, text_literal(actor.name)))
    out.extend((node, SKOS.altLabel, text_literal(alias)) for alias in actor.aliases)
    if actor.wikidata and _WIKIDATA_ID.fullmatch(actor.wikidata):
        out.append((node, OWL.sameAs, WD[actor.wikidata]))
    if actor.iso2:
        out.append((node, KG.iso3166Alpha2, text_literal(actor.iso2)))
    if actor.iso3:
        out.append((node, KG.iso3166Alpha3, text_literal(actor.iso3)))
    for code in dict.fromkeys((*actor.codes, *codes)):
        if is_code(code):
            out.append((node, KG.actorCode, text_literal(code)))
    return out


def description_triples(facts: ArticleFacts) -> list[Triple]:
    """What one article adds to the actor graph: its actors (with the codes its
    posts support), the places of its events and its extractors."""
    codes = actor_codes(facts)
    out: list[Triple] = []
    for actor in facts.actors:
        out.extend(actor_triples(actor, codes.get(actor.key, ())))
    for place in sorted({e.place for e in facts.events if e.place}):
        node = place_iri(place)
        out += [(node, TYPE, KG.Place), (node, LABEL, text_literal(place))]
    names = {e.evidence.extractor for e in facts.events}
    names |= {r.evidence.extractor for r in facts.relations}
    for name in sorted(names):
        node = extractor_iri(name)
        out += [(node, TYPE, KG.Extractor), (node, LABEL, text_literal(name))]
    return out


def descriptions_update(triples: Iterable[Triple], *, replace: bool = False) -> str:
    """The SPARQL update that writes descriptions into the actor graph, in one request.

    Labels are single-valued: a subject that already has one keeps it (unless
    ``replace``); everything else is added. With ``replace`` whatever the actor
    graph said of these subjects before is removed first.
    """
    labels: dict[URIRef, Literal] = {}
    rest: list[Triple] = []
    for s, p, o in triples:
        if p == LABEL and isinstance(o, Literal):
            labels.setdefault(s, o)
        else:
            rest.append((s, p, o))
    if not labels and not rest:
        return ""
    graph = f"<{ACTOR_GRAPH}>"
    parts = []
    if replace:
        subjects = " ".join(f"<{s}>" for s in dict.fromkeys([*labels, *(t[0] for t in rest)]))
        parts.append(f"DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ "
                     f"VALUES ?s {{ {subjects} }} GRAPH {graph} {{ ?s ?p ?o }} }}")  # fmt: skip
    if rest:
        parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{ntriples(dict.fromkeys(rest))}\n}} }}")
    if labels:
        rows = "\n".join(f"({nt_term(s)} {nt_term(o)})" for s, o in labels.items())
        parts.append(f"INSERT {{ GRAPH {graph} {{ ?s <{RDFS.label}> ?label }} }} WHERE {{\n"
                     f"VALUES (?s ?label) {{\n{rows}\n}}\n"
                     f"FILTER NOT EXISTS {{ GRAPH {graph} {{ ?s <{RDFS.label}> ?any }} }}\n}}")  # fmt: skip
    return " ;\n".join(parts)


def write_actors(
    store: Store,
    actors: Iterable[Actor],
    codes: Mapping[str, Iterable[str]] | None = None,
    *,
    replace: bool = False,
) -> None:
    """Write actor descriptions to the actor graph: add to what is known, or with
    ``replace`` (a curated actor list) say it anew."""
    codes = codes or {}
    triples = [t for a in actors for t in actor_triples(a, codes.get(a.key, ()))]
    update = descriptions_update(triples, replace=replace)
    if update:
        store.update(update)


def stored_graph(facts: ArticleFacts) -> Graph:
    """One article as a fresh store holds it, merged into one graph: the article's
    own triples and its descriptions, each subject with one label."""
    graph = new_graph()
    for triple in article_triples(facts):
        graph.add(triple)
    labelled: set[URIRef] = set()
    for s, p, o in description_triples(facts):
        if p == RDFS.label:
            if s in labelled:
                continue
            labelled.add(s)
        graph.add((s, p, o))
    return graph
