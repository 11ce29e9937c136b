"""The actors of a store, as identity across articles made them: list, show,
and curate (merge, split, rename) without parsing anything again.

Every function reads the identity graph (:mod:`kg.graph.reconcile`); the
curating ones add a decision to the curation graph (:mod:`kg.graph.curation`)
and reconcile the store again, so the decision applies at once to queries,
exports and the network, and again after any later ingest.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from kg.errors import ConfigError
from kg.graph.actors import ACTOR_GRAPH
from kg.graph.curation import add_decision
from kg.graph.identity import IDENTITY_GRAPH
from kg.graph.reconcile import ReconcileReport, reconcile
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import Store

_PREFIX = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_ACTORS = (
    _PREFIX
    + f"""SELECT DISTINCT ?a ?label ?type WHERE {{
  {{ SELECT DISTINCT ?a WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?r kg:denotes ?a }} }} }}
  GRAPH <{ACTOR_GRAPH}> {{ ?a rdfs:label ?label ; a ?type .
  FILTER (?type IN (kg:Person, kg:Organization, kg:Country, kg:Group, kg:Agreement)) }} }}"""
)
_FORMS = (
    _PREFIX + f"""SELECT ?a ?form WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a skos:altLabel ?form }} }}"""
)
_MEMBERS = (
    _PREFIX
    + f"""SELECT ?r ?a ?why WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{
  ?r kg:denotes ?a . OPTIONAL {{ ?r kg:mergeReason ?why }} }} }}"""
)
_MEMBER_DETAIL = (
    _PREFIX
    + """SELECT ?r ?key ?name ?title ?form WHERE { GRAPH ?g {
  ?r a kg:ArticleActor ; kg:localKey ?key ; kg:localName ?name ; kg:denotes <%s> .
  OPTIONAL { ?r kg:surfaceForm ?form }
  OPTIONAL { ?art a kg:Article ; dcterms:title ?title } } }"""
)


@dataclass
class ActorInfo:
    """One actor of the store."""

    iri: str
    name: str
    type: str
    key: str = ""
    articles: int = 0
    forms: list[str] = field(default_factory=list)
    members: list[dict[str, str]] = field(default_factory=list)


def actors(store: Store) -> list[ActorInfo]:
    """Every actor of the store with its type, forms and number of articles."""
    found: dict[str, ActorInfo] = {}
    for row in select(store, _ACTORS).rows:
        iri = value(row["a"])
        found[iri] = ActorInfo(iri, value(row["label"]), value(row["type"]).rsplit("#", 1)[-1])
    for row in select(store, _FORMS).rows:
        info = found.get(value(row["a"]))
        if info is not None:
            info.forms.append(value(row["form"]))
    articles: dict[str, set[str]] = defaultdict(set)
    for row in select(store, _MEMBERS).rows:
        articles[value(row["a"])].add(value(row["r"]).split("/actor/")[0])
    for iri, info in found.items():
        info.articles = len(articles.get(iri, ()))
        info.forms.sort()
    return sorted(found.values(), key=lambda a: (-a.articles, a.name.lower()))


def find(store: Store, name: str) -> ActorInfo:
    """The one actor whose label or alias is ``name`` (any case), or an error
    that lists the close matches or the actors sharing that name."""
    everyone = actors(store)
    want = name.strip().lower()
    exact = [a for a in everyone if a.name.lower() == want]
    hits = exact or [a for a in everyone if want in (f.lower() for f in a.forms)]
    if len(hits) == 1:
        return hits[0]
    if hits:
        listed = "; ".join(f"{a.name} ({a.type}, {a.iri.rsplit('/id/', 1)[-1]})" for a in hits)
        raise ConfigError(f"several actors are called {name!r}: {listed}")
    names = {a.name for a in everyone} | {f for a in everyone for f in a.forms}
    close = difflib.get_close_matches(name, sorted(names), n=5, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise ConfigError(f"no actor named {name!r}{hint}")


def show(store: Store, name: str) -> ActorInfo:
    """An actor with its forms, and for every article that names it: how it was
    named there and why it joined this actor."""
    info = find(store, name)
    reasons = {value(r["r"]): value(r["why"]) if "why" in r else ""
               for r in select(store, _MEMBERS).rows if value(r["a"]) == info.iri}  # fmt: skip
    members: dict[str, dict[str, str]] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    for row in select(store, _MEMBER_DETAIL % info.iri).rows:
        node = value(row["r"])
        if node not in reasons:
            continue
        members.setdefault(node, {
            "article": node.split("/actor/")[0].rsplit("/", 1)[-1],
            "title": value(row["title"]) if "title" in row else "",
            "key": value(row["key"]),
            "name": value(row["name"]),
            "why": reasons[node],
        })  # fmt: skip
        if "form" in row:
            forms[node].add(value(row["form"]))
    for node, member in members.items():
        member["forms"] = ", ".join(sorted(forms[node] - {member["name"]}))
    info.members = sorted(members.values(), key=lambda m: (m["key"], m["article"]))
    own = [m["key"] for m in info.members if m["why"] == "its own name"]
    info.key = own[0] if own else (info.members[0]["key"] if info.members else "")
    return info


def merge(store: Store, first: str, second: str) -> ReconcileReport:
    """``second`` is the same actor as ``first`` (``kg actors merge A B``)."""
    a, b = show(store, first), show(store, second)
    if a.iri == b.iri:
        raise ConfigError(f"{first!r} and {second!r} are already one actor ({a.name})")
    add_decision(store, "merge", a.key, b.key)
    return reconcile(store)


def split(store: Store, name: str, form: str) -> ReconcileReport:
    """The articles that name ``name`` as ``form`` are about another actor
    (``kg actors split NAME FORM``)."""
    info = show(store, name)
    want = form.strip().lower()
    keys = sorted({m["key"] for m in info.members
                   if want in {m["name"].lower(), m["key"].lower(),
                               *(f.strip().lower() for f in m["forms"].split(","))}})  # fmt: skip
    keys = [k for k in keys if k != info.key]
    if not keys:
        forms = sorted({m["name"] for m in info.members} - {info.name})
        raise ConfigError(f"{info.name} has no other form {form!r} to split off"
                          + (f" (its forms: {', '.join(forms)})" if forms else ""))  # fmt: skip
    for key in keys:
        add_decision(store, "split", info.key, key)
    return reconcile(store)


def rename(store: Store, name: str, new_name: str) -> ReconcileReport:
    """Show the actor as ``new_name`` (``kg actors rename NAME NEW``)."""
    if not new_name.strip():
        raise ConfigError("the new name is empty")
    info = show(store, name)
    add_decision(store, "rename", info.key, name=" ".join(new_name.split()))
    return reconcile(store)
