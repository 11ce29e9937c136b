"""Identity across articles, applied to the store.

:func:`reconcile` reads every article's actors (the ``kg:ArticleActor`` nodes,
see :mod:`kg.graph.identity`), the user's decisions and listed actors, decides
with :func:`kg.graph.resolve.resolve` which actor of the store each one is,
and then

* rewrites the article graphs whose actors changed: actor IRIs in every
  triple and the dyads of contact events (recomputed from their members); a
  relation of an actor with itself is dropped;
* says anew in the actor graph (:mod:`kg.graph.actors`) what is known of every
  actor: one label, one type, all its forms, its identifiers and every code
  its articles gave it; actors merged into another lose their description;
* writes the identity graph: for every article actor the actor it denotes and why.

Queries, exports and the network then see one node per actor without knowing
about identity at all.

Every write is bounded: an article graph per transaction, the descriptions of
:data:`PIECE` actors per transaction, the identity of :data:`PIECE` article
actors per transaction (only those whose identity changed), with the store
flushed between pieces and every :data:`FLUSH_EVERY` rewritten graphs, since
Oxigraph holds a transaction, and then its write buffers, in memory. Each piece covers whole actors, so a reader never
sees an actor with half a description or an article actor with two identities;
between pieces it may see some actors as the new decision has them and others
as the previous one had them, as it may between the article graphs rewritten
one by one. A run interrupted half way leaves such a mix; the next
reconciliation (every ingest that stores an article, every curation command)
writes whatever differs from its decision, so it ends in the same store as an
uninterrupted run. The decision depends only on what is in the store, so
ingesting the same articles in any order, or again, ends in the same graph.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import URIRef

from kg.graph.actors import ACTOR_GRAPH, actor_triples, write_actors
from kg.graph.curation import read_decisions, read_listed
from kg.graph.identity import IDENTITY_GRAPH
from kg.graph.iri import actor_iri, dyad_iri
from kg.graph.network_data import network_ntriple
from kg.graph.ntriples import nt_term, ntriples
from kg.graph.resolve import LocalActor, Resolution, resolve
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store
from kg.graph.vocab import KG
from kg.records import Actor, ActorType, ListedActor

log = logging.getLogger(__name__)

# Actors (descriptions) or article actors (identity) written per transaction.
# Oxigraph holds a transaction in memory: the identity graph of 2,000 stories
# (8,386 article actors) in one transaction added about 70 MiB to the peak.
PIECE = 1_000
# Article graphs rewritten between two flushes of the store. Oxigraph's write
# buffers keep what was written until a flush: rewriting 216 graphs of a fresh
# store of 2,000 stories grew the process by 84 MiB without, 32 MiB with.
FLUSH_EVERY = 20

_PREFIX = "PREFIX kg: <https://w3id.org/kg/ontology#>\n"
_RECORDS = (
    _PREFIX
    + """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?g ?r ?key ?name ?type ?cur ?wd ?i2 ?i3 ?sex WHERE { GRAPH ?g {
  ?r a kg:ArticleActor ; kg:localKey ?key ; kg:localName ?name ; kg:localType ?type ; kg:denotes ?cur .
  OPTIONAL { ?r kg:wikidataId ?wd } OPTIONAL { ?r kg:iso3166Alpha2 ?i2 } OPTIONAL { ?r kg:iso3166Alpha3 ?i3 }
  OPTIONAL { ?r foaf:gender ?sex } } }"""
)
_FORMS = (
    _PREFIX
    + """SELECT ?g ?r ?form WHERE { GRAPH ?g { ?r a kg:ArticleActor ; kg:surfaceForm ?form } }"""
)
_ACTOR_TRIPLES = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?s ?p ?o }} }}"
_IDENTITY = f"SELECT ?r ?p ?o WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?r ?p ?o }} }}"
_CODES = f"""SELECT ?a ?code WHERE {{ GRAPH <{ACTOR_GRAPH}> {{
  ?a <https://w3id.org/kg/ontology#actorCode> ?code }} }}"""
_DESCRIPTION = {str(RDFS.label), str(SKOS.altLabel), str(OWL.sameAs), str(KG.iso3166Alpha2),
                str(KG.iso3166Alpha3), str(KG.actorCode)}  # fmt: skip
_SHORTCUTS = {str(KG.met), str(KG.opposed), str(KG.cooperatedWith), str(KG.affiliatedWith),
              str(KG.memberOf)}  # fmt: skip
_TYPE = str(RDF.type)
_ACTOR_TYPES = {"Person": ActorType.PERSON, "Organization": ActorType.ORGANIZATION,
                "Country": ActorType.COUNTRY, "Group": ActorType.GROUP,
                "Agreement": ActorType.AGREEMENT}  # fmt: skip


@dataclass
class ReconcileReport:
    article_actors: int = 0
    actors: int = 0
    joined: int = 0  # article actors that now denote an actor under another key
    rewritten: int = 0  # article graphs rewritten


@dataclass(frozen=True)
class _Row:
    record: LocalActor
    node: str  # the ArticleActor IRI
    current: str  # the actor IRI it denotes now


def reconcile(store: Store, *, piece: int = PIECE) -> ReconcileReport:
    """Decide identity across the whole store and rewrite what changed, in
    transactions of at most ``piece`` actors (or article actors) each."""
    rows = _read(store)
    listed = {a.key: a for a in read_listed(store)}
    records = [_known(r.record, listed) for r in rows]
    res = resolve(records, read_decisions(store))
    report = ReconcileReport(article_actors=len(rows), actors=len(res.names))
    by_graph: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_graph[row.record.article].append(row)
    for graph, members in sorted(by_graph.items()):
        stale = False
        for row in members:
            key = res.mapping[(graph, row.record.key)]
            report.joined += key != row.record.key
            stale = stale or row.current != str(actor_iri(key))
        if stale:
            _rewrite(store, graph, members, res)
            report.rewritten += 1
            if report.rewritten % FLUSH_EVERY == 0:
                _flush(store)
    _describe_actors(store, rows, res, listed, piece)
    _write_identity(store, rows, res, piece)
    log.info("identity: %d article actors, %d actors, %d graphs rewritten",
             report.article_actors, report.actors, report.rewritten)  # fmt: skip
    return report


def _describe_actors(
    store: Store, rows: list[_Row], res: Resolution, listed: dict[str, ListedActor], piece: int
) -> None:
    """One description per actor in the actor graph; none for actors merged away."""
    to_key = {str(actor_iri(r.record.key)): res.mapping[(r.record.article, r.record.key)]
              for r in rows}  # fmt: skip
    to_key.update({row.current: res.mapping[(row.record.article, row.record.key)] for row in rows})
    codes: dict[str, set[str]] = defaultdict(set)
    for hit in select(store, _CODES).rows:
        key = to_key.get(value(hit["a"]))
        if key is not None:
            codes[key].add(value(hit["code"]))
    for key, entry in listed.items():
        if entry.cameo and key in to_key.values():
            codes[key].add(entry.cameo)
    keys = sorted(res.names)
    sorted_codes = {k: sorted(v) for k, v in codes.items()}
    stored = _stored_descriptions(store)
    for i in range(0, len(keys), piece):
        actors = [_actor(res, key, res.forms.get(key, ()), listed) for key in keys[i : i + piece]]
        # an actor the actor graph already describes word for word is left as it is
        # (after a fresh ingest nearly all are: each article wrote its actors)
        actors = [a for a in actors
                  if stored.get(str(actor_iri(a.key))) != _description(a, sorted_codes)]  # fmt: skip
        if actors:
            write_actors(store, actors, sorted_codes, replace=True)
            _flush(store)
    # (an actor merged away whose description is gone already needs no deleting)
    gone = sorted((set(to_key) - {str(actor_iri(k)) for k in res.names}) & stored.keys())
    for i in range(0, len(gone), piece):
        store.update(_delete_subjects(str(ACTOR_GRAPH), gone[i : i + piece]))
        _flush(store)


def _stored_descriptions(store: Store) -> dict[str, set[str]]:
    """What the actor graph says of each subject, as N-Triples ``predicate object`` pairs."""
    out: dict[str, set[str]] = defaultdict(set)
    for hit in select(store, _ACTOR_TRIPLES).rows:
        out[value(hit["s"])].add(f"{hit['p']} {hit['o']}")
    return out


def _description(actor: Actor, codes: dict[str, list[str]]) -> set[str]:
    """What :func:`write_actors` (replacing) makes the actor graph say of ``actor``,
    in the form of :func:`_stored_descriptions`."""
    return {
        f"{nt_term(p)} {nt_term(o)}" for _, p, o in actor_triples(actor, codes.get(actor.key, ()))
    }


def _delete_subjects(graph: str, subjects: list[str]) -> str:
    """The update removing every triple of ``graph`` about these subjects."""
    iris = " ".join(f"<{iri}>" for iri in subjects)
    return (f"DELETE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ "
            f"VALUES ?s {{ {iris} }} GRAPH <{graph}> {{ ?s ?p ?o }} }}")  # fmt: skip


def _write_identity(store: Store, rows: list[_Row], res: Resolution, piece: int) -> None:
    """Make the identity graph say, for every article actor, the actor it denotes
    and why; only article actors whose entry changed are written, ``piece`` at a time."""
    old: dict[str, set[str]] = defaultdict(set)
    for hit in select(store, _IDENTITY).rows:
        old[value(hit["r"])].add(f"{hit['p']} {hit['o']}")
    new: dict[str, list[Any]] = defaultdict(list)
    for triple in _identity_triples(rows, res):
        new[str(triple[0])].append(triple)
    changed = [node for node in sorted(old.keys() | new.keys())
               if old.get(node, set()) != {f"{nt_term(p)} {nt_term(o)}" for _, p, o in new[node]}]  # fmt: skip
    for i in range(0, len(changed), piece):
        nodes = changed[i : i + piece]
        stale = [node for node in nodes if node in old]
        parts = [_delete_subjects(IDENTITY_GRAPH, stale)] if stale else []
        triples = [t for node in nodes for t in new[node]]
        if triples:
            parts.append(f"INSERT DATA {{ GRAPH <{IDENTITY_GRAPH}> {{\n{ntriples(triples)}\n}} }}")
        store.update(" ;\n".join(parts))
        _flush(store)


def _flush(store: Store) -> None:
    """Write the store's buffers to disk (an embedded store; a remote one has none)."""
    flush = getattr(store, "flush", None)
    if flush is not None:
        flush()


def _read(store: Store) -> list[_Row]:
    forms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in select(store, _FORMS).rows:
        forms[(value(row["g"]), value(row["r"]))].append(value(row["form"]))
    out = []
    for row in select(store, _RECORDS).rows:
        graph, node, key = value(row["g"]), value(row["r"]), value(row["key"])
        codes = tuple((name, value(row[var])) for name, var in
                      (("wikidata", "wd"), ("iso2", "i2"), ("iso3", "i3")) if var in row)  # fmt: skip
        rec = LocalActor(graph, key, value(row["type"]).rsplit("#", 1)[-1], value(row["name"]),
                         tuple(sorted(forms.get((graph, node), ()))),
                         known=_is_entry_key(key), codes=codes,
                         sex=value(row["sex"])[:1] if "sex" in row else "")  # fmt: skip
        out.append(_Row(rec, node, value(row["cur"])))
    return out


def _is_entry_key(key: str) -> bool:
    """A gazetteer actor's key carries its code ("org/UK-LAB", "country/GBR")."""
    return bool(re.search(r"[A-Z]", key.split("/", 1)[-1]))


def _known(rec: LocalActor, listed: dict[str, ListedActor]) -> LocalActor:
    if rec.key in listed:
        return replace(rec, known=True, listed=True)
    return rec


def _actor(
    res: Resolution, key: str, aliases: Iterable[str], listed: dict[str, ListedActor]
) -> Actor:
    codes = res.codes.get(key, {})
    name = res.names[key]
    entry = listed.get(key)
    return Actor(key, _ACTOR_TYPES[res.types[key]], name,
                 tuple(sorted({a for a in aliases if a and a != name})),
                 codes.get("wikidata") or (entry.wikidata if entry else None),
                 codes.get("iso2"), codes.get("iso3") or (entry.iso if entry and entry.iso and
                                                           len(entry.iso) == 3 else None))  # fmt: skip


def _rewrite(store: Store, graph: str, members: list[_Row], res: Resolution) -> None:
    """Rewrite one article graph so its actors are the store's actors."""
    iri_map = {row.current: str(actor_iri(res.mapping[(graph, row.record.key)])) for row in members}
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    old_actors = set(iri_map)
    dyads: dict[str, set[str]] = defaultdict(set)  # dyad -> members
    event_dyads: dict[str, set[str]] = defaultdict(set)  # event -> dyads
    lines: list[str] = []
    plain: list[tuple[str, str, str]] = []  # the rewritten triples, for the network summary
    for t in triples:
        s, p, o = str(t.subject.value), str(t.predicate.value), t.object
        if (s in old_actors and (p in _DESCRIPTION or p == _TYPE)) or p == str(KG.network):
            continue  # the description (and the article's network) is written anew below
        if p == str(KG.dyadMember):
            dyads[s].add(iri_map.get(str(o.value), str(o.value)))
            continue
        if p == str(KG.dyad):
            event_dyads[s].add(str(o.value))
            continue
        if p == _TYPE and str(o.value) == str(KG.Dyad):
            continue
        s2 = iri_map.get(s, s)
        o2 = _term(o, iri_map)
        if p in _SHORTCUTS and s2 == _value(o, iri_map):
            continue  # an actor does not meet itself
        lines.append(f"{_iri_or_blank(t.subject, s2)} <{p}> {o2} .")
        plain.append((s2, p, _value(o, iri_map)))
    extra: list[Any] = []
    for event, ds in event_dyads.items():
        for pair in {frozenset(dyads[d]) for d in ds}:
            if len(pair) == 2:
                x, y = sorted(pair)
                d = dyad_iri(URIRef(x), URIRef(y))
                extra += [(URIRef(event), KG.dyad, d), (d, RDF.type, KG.Dyad),
                          (d, KG.dyadMember, URIRef(x)), (d, KG.dyadMember, URIRef(y))]  # fmt: skip
    plain += [(str(x), str(y), str(z)) for x, y, z in extra]
    lines.append(network_ntriple(graph, plain))
    text = "\n".join(dict.fromkeys(lines))
    store.replace_graph(graph, text + "\n" + ntriples(dict.fromkeys(extra)))


def _value(term: Any, iri_map: dict[str, str]) -> str:
    raw = str(term.value)
    return iri_map.get(raw, raw) if isinstance(term, ox.NamedNode) else raw


def _term(term: Any, iri_map: dict[str, str]) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<{iri_map.get(term.value, term.value)}>"
    return str(term)


def _iri_or_blank(term: Any, mapped: str) -> str:
    return f"<{mapped}>" if isinstance(term, ox.NamedNode) else str(term)


def _identity_triples(rows: list[_Row], res: Resolution) -> list[Any]:
    out: list[Any] = []
    for row in rows:
        node = URIRef(row.node)
        mapped = (row.record.article, row.record.key)
        out.append((node, KG.denotes, actor_iri(res.mapping[mapped])))
        if res.reasons.get(mapped):
            out.append((node, KG.mergeReason, Literal(res.reasons[mapped])))
    return out
