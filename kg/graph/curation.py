"""The user's say on identity, kept in the store so it survives re-ingest.

* :data:`~kg.graph.identity.CURATION_GRAPH` holds the decisions of ``kg actors
  merge|split|rename`` as ``kg:MergeDecision`` / ``kg:SplitDecision`` /
  ``kg:RenameDecision`` nodes naming actor keys (keys, not IRIs: an article
  ingested again names its actors by the same keys);
* :data:`~kg.graph.identity.LISTED_GRAPH` holds the actors listed with ``kg
  ingest --actors FILE`` (as JSON), so later ingests recognise them too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS
from rdflib.term import URIRef

from kg.graph.identity import CURATION_GRAPH, LISTED_GRAPH
from kg.graph.ntriples import ntriples
from kg.graph.resolve import Decisions
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store
from kg.graph.vocab import KG, KGR
from kg.read.actors import read_actors_text
from kg.records import ListedActor

_PREFIX = "PREFIX kg: <https://w3id.org/kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
_DECISIONS = (
    _PREFIX
    + f"""SELECT ?d ?kind ?key ?other ?name ?when WHERE {{ GRAPH <{CURATION_GRAPH}> {{
  ?d a ?kind ; kg:actorKey ?key .
  OPTIONAL {{ ?d kg:otherKey ?other }} OPTIONAL {{ ?d rdfs:label ?name }}
  OPTIONAL {{ ?d <http://purl.org/dc/terms/created> ?when }}
  FILTER (?kind IN (kg:MergeDecision, kg:SplitDecision, kg:RenameDecision)) }} }} ORDER BY ?when ?d"""
)
_LISTED = _PREFIX + f"SELECT ?json WHERE {{ GRAPH <{LISTED_GRAPH}> {{ ?s kg:actorList ?json }} }}"


def read_decisions(store: Store) -> Decisions:
    """The user's decisions, oldest first (a later split undoes an earlier merge)."""
    merges: list[tuple[str, str]] = []
    splits: list[tuple[str, str]] = []
    renames: dict[str, str] = {}
    for row in select(store, _DECISIONS).rows:
        kind = value(row["kind"]).rsplit("#", 1)[-1]
        key = value(row["key"])
        other = value(row["other"]) if "other" in row else ""
        if kind == "MergeDecision" and other:
            merges = [m for m in merges if m != (key, other)]
            splits = [s for s in splits if {*s} != {key, other}]
            merges.append((key, other))
        elif kind == "SplitDecision" and other:
            merges = [m for m in merges if {*m} != {key, other}]
            splits.append((key, other))
        elif kind == "RenameDecision" and "name" in row:
            renames[key] = value(row["name"])
    return Decisions(tuple(merges), tuple(splits), tuple(renames.items()))


def add_decision(store: Store, kind: str, key: str, other: str = "", name: str = "") -> None:
    """Record one decision (``merge``, ``split`` or ``rename``) in the curation graph."""
    cls = {"merge": KG.MergeDecision, "split": KG.SplitDecision, "rename": KG.RenameDecision}[kind]
    when = datetime.now(UTC).isoformat(timespec="microseconds")
    digest = hashlib.sha256(f"{kind}|{key}|{other}|{name}|{when}".encode()).hexdigest()[:16]
    node = URIRef(f"{KGR}decision/{digest}")
    triples: list[Any] = [(node, RDF.type, cls), (node, RDF.type, KG.Decision),
               (node, KG.actorKey, Literal(key)), (node, DCTERMS.created, Literal(when))]  # fmt: skip
    if other:
        triples.append((node, KG.otherKey, Literal(other)))
    if name:
        triples.append((node, RDFS.label, Literal(name)))
    current = store.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    text = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in current)
    store.replace_graph(CURATION_GRAPH, (text + "\n" if text else "") + ntriples(triples))


def read_listed(store: Store) -> list[ListedActor]:
    """The actors listed with ``kg ingest --actors`` (none if never given)."""
    rows = select(store, _LISTED).rows
    return read_actors_text(value(rows[0]["json"]), ".json", source="store") if rows else []


def write_listed(store: Store, actors: list[ListedActor]) -> None:
    """Keep ``actors`` in the store so later ingests recognise them too."""
    data = json.dumps([_as_json(a) for a in actors], ensure_ascii=False)
    node = URIRef(LISTED_GRAPH)
    store.replace_graph(LISTED_GRAPH, ntriples([(node, KG.actorList, Literal(data))]))


def _as_json(a: ListedActor) -> dict[str, object]:
    out = {k: v for k, v in asdict(a).items() if v not in (None, (), []) and k != "key"}
    out["type"] = a.type.value
    out["aliases"] = list(a.aliases)
    out["periods"] = [{"cameo": p.code, "start": p.start, "end": p.end} for p in a.periods]
    return out
