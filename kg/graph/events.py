"""The events table: one row per dyadic event, as GDELT and PETRARCH write them.

Columns (``kg export --format events``, CSV with a header row):

=============  ==============================================================
``date``       the event's day (``kg:date``), else its article's (ISO; may be a month or year)
``source``     who acts (agent, visitor, speaker, or the first party of a mutual event)
``source_code`` its CAMEO actor code (``GBRGOV``, ``IRN``, ``IGO``; empty when unknown)
``target``     whom it is done to (target, host, addressee or topic, or the other party)
``target_code`` its CAMEO actor code
``cameo``      the CAMEO event code (``111``)
``root``       the root code (``11``)
``quad_class`` 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
``goldstein``  the code's Goldstein value, -10 to +10
``event_type`` kg's event type (``criticise``)
``place``      where it happened, as written
``article``    the article's URL, else its kg id
``sentence``   the sentence that says so
``confidence`` the extractor's confidence, 0 to 1
``event``      the kg IRI of the event node
=============  ==============================================================

Only factual events are rows (not negated, planned, hypothetical or alleged).
A directed event gives one row per agent and target; a visit goes from the
visitor to the host (the host to the visitor for CAMEO 043); a statement from
the speaker to each addressee, else each actor it is about; a mutual event
(a meeting, talks) one row per pair of parties, the parties in label order.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import astuple, dataclass, fields
from itertools import combinations

from kg.graph.cameo import cameo, type_code
from kg.graph.codes import best_code
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store

_PREFIX = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""
_EVENTS = (
    _PREFIX
    + """
SELECT ?event ?type ?code ?day ?adate ?url ?aid ?place ?text ?confidence WHERE {
  GRAPH ?g {
    ?event a kg:Event ; kg:factual true ; kg:eventType ?type ; kg:evidence ?s ;
           prov:wasDerivedFrom ?article ; kg:confidence ?confidence .
    ?s kg:text ?text .
    OPTIONAL { ?event kg:cameoCode ?code }
    OPTIONAL { ?event kg:date ?day }
    OPTIONAL { ?article dcterms:date ?adate }
    OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article dcterms:identifier ?aid }
  }
  OPTIONAL { GRAPH ?g { ?event kg:place ?where } GRAPH ?p { ?where rdfs:label ?place } }
}"""
)
_ROLES = (
    _PREFIX
    + """
SELECT DISTINCT ?event ?role ?actor WHERE {
  GRAPH ?g { ?event kg:factual true ; ?role ?actor .
    FILTER (?role IN (kg:agent, kg:target, kg:host, kg:visitor, kg:speaker, kg:addressee,
                      kg:topic, kg:participant)) }
}"""
)
_ACTORS = (
    _PREFIX
    + """
SELECT ?actor ?label ?code WHERE {
  GRAPH ?g { ?actor rdfs:label ?label }
  OPTIONAL { GRAPH ?h { ?actor kg:actorCode ?code } }
}"""
)
_SUPPORT = (
    _PREFIX
    + """
SELECT ?actor ?iso (COUNT(DISTINCT ?tie) AS ?ties) WHERE {
  GRAPH ?g { ?tie a kg:Affiliation ; kg:member ?actor ; kg:organization ?body ; kg:current true }
  GRAPH ?h { ?body kg:actorCode ?code }
  BIND (SUBSTR(?code, 1, 3) AS ?iso)
} GROUP BY ?actor ?iso"""
)
_PAIRS = {  # source role, target role (in order of preference)
    "directed": ("agent", "target"),
    "visit": ("visitor", "host"),
    "hosting": ("host", "visitor"),
    "statement": ("speaker", "addressee"),
    "about": ("speaker", "topic"),
}


@dataclass(frozen=True)
class EventRow:
    date: str
    source: str
    source_code: str
    target: str
    target_code: str
    cameo: str
    root: str
    quad_class: str
    goldstein: str
    event_type: str
    place: str
    article: str
    sentence: str
    confidence: str
    event: str


COLUMNS = tuple(f.name for f in fields(EventRow))


def _opt(row: dict[str, object], name: str) -> str:
    return value(row[name]) if name in row else ""


def _choose(actor: str, found: list[str], support: dict[tuple[str, str], int]) -> str:
    """The code a row shows for an actor: the one most posts in the store support
    (a person called minister of one country in one story and of another in a
    hundred is coded by the hundred), then the most specific."""
    if not found:
        return ""
    best = max(support.get((actor, code[:3]), 0) for code in found)
    return best_code(c for c in found if support.get((actor, c[:3]), 0) == best)


def _dyads(roles: dict[str, list[str]], code: str, label: dict[str, str]) -> list[tuple[str, str]]:
    """(source, target) pairs of one event's parties."""
    for key in ("directed", "hosting" if code == "043" else "visit", "statement", "about"):
        src, tgt = _PAIRS[key]
        if roles.get(src) and roles.get(tgt):
            return [(a, b) for a in roles[src] for b in roles[tgt] if a != b]
    parties = sorted(set(roles.get("participant", [])), key=lambda a: (label.get(a, a), a))
    return list(combinations(parties, 2))


def event_rows(store: Store) -> Iterator[EventRow]:
    """The rows of the events table, sorted by date, article and event."""
    label: dict[str, str] = {}
    codes: dict[str, list[str]] = defaultdict(list)
    for row in select(store, _ACTORS).rows:
        actor = value(row["actor"])
        label.setdefault(actor, value(row["label"]))
        if "code" in row:
            codes[actor].append(value(row["code"]))
    support = {(value(r["actor"]), value(r["iso"])): int(value(r["ties"]))
               for r in select(store, _SUPPORT).rows}  # fmt: skip
    chosen = {actor: _choose(actor, found, support) for actor, found in codes.items()}
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in select(store, _ROLES).rows:
        role = value(row["role"]).rsplit("#", 1)[-1]
        roles[value(row["event"])][role].append(value(row["actor"]))
    out: list[EventRow] = []
    seen: set[str] = set()
    for row in select(store, _EVENTS).rows:
        event = value(row["event"])
        if event in seen:
            continue
        seen.add(event)
        kind = value(row["type"]).rsplit("/", 1)[-1]
        found = cameo(_opt(row, "code")) or cameo(type_code(kind))
        code = found.code if found else ""
        for a, b in _dyads(roles[event], code, label):
            out.append(EventRow(
                date=_opt(row, "day") or _opt(row, "adate"),
                source=label.get(a, a), source_code=chosen.get(a, ""),
                target=label.get(b, b), target_code=chosen.get(b, ""),
                cameo=code, root=found.root if found else "",
                quad_class=str(found.quad) if found else "",
                goldstein=f"{found.goldstein:g}" if found else "",
                event_type=kind, place=_opt(row, "place"),
                article=_opt(row, "url") or _opt(row, "aid"), sentence=value(row["text"]),
                confidence=value(row["confidence"]), event=event,
            ))  # fmt: skip
    out.sort(key=lambda r: (r.date, r.article, r.event, r.source, r.target))
    yield from out


def events_csv(store: Store) -> str:
    """The events table as CSV text, header first."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in event_rows(store):
        writer.writerow(astuple(row))
    return buf.getvalue()
