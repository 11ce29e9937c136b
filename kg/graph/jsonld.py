"""JSON-LD in compact form: one ``@context``, one object per named graph.

kg's own properties and classes are plain words (``"participant"``, ``"Meeting"``)
through ``@vocab``; the context says which properties point to resources and
which literals are typed, so most values are plain strings; everything else is
written as an explicit value object, so the document expands to exactly the
quads of the store.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from kg.graph.turtle import RDF_TYPE, XSD, Term, Triple

KG_NS = "https://w3id.org/kg/ontology#"
NAMESPACES = {
    "kgt": "https://w3id.org/kg/event-type/",
    "kgr": "https://w3id.org/kg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "wd": "http://www.wikidata.org/entity/",
    "kg": KG_NS,
}
_TERM = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_STRING = XSD + "string"


def _compact(iri: str) -> str:
    best = ""
    for prefix, ns in NAMESPACES.items():
        if iri.startswith(ns) and len(ns) > len(best) and not iri[len(ns) :].startswith("/"):
            best = ns
            name = f"{prefix}:{iri[len(ns) :]}"
    return name if best and iri != best else iri


def _vocab(iri: str) -> str:
    """A kg term as a plain word, anything else as a compact IRI."""
    local = iri[len(KG_NS) :] if iri.startswith(KG_NS) else ""
    if local and _TERM.fullmatch(local) and local not in NAMESPACES:
        return local
    return _compact(iri)


def _coercions(triples: list[Triple]) -> dict[str, str]:
    """kg property -> "@id" when all its values are resources, or the one datatype of
    all its literals."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for _s, p, o in triples:
        if isinstance(p, ox.NamedNode) and p.value.startswith(KG_NS):
            if isinstance(o, ox.NamedNode):
                kinds[p.value].add("@id")
            elif isinstance(o, ox.Literal) and not o.language:
                kinds[p.value].add(o.datatype.value if o.datatype else _STRING)
            else:
                kinds[p.value].add("?")
    return {p: k.pop() for p, k in kinds.items() if len(k) == 1 and "?" not in k}


def _value(term: Term, coerced: str | None) -> Any:
    if isinstance(term, ox.NamedNode):
        return _compact(term.value) if coerced == "@id" else {"@id": _compact(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else _STRING
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if coerced == dtype or (coerced is None and dtype == _STRING):
            return term.value
        if dtype == _STRING:
            return {"@value": term.value}
        return {"@value": term.value, "@type": _compact(dtype)}
    raise TypeError(f"cannot write {term!r} in JSON-LD")


def _id(term: Term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact(term.value)


def _nodes(triples: list[Triple], coercions: dict[str, str]) -> list[dict[str, Any]]:
    by_subject: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    seen: set[tuple[str, str, str]] = set()
    for s, p, o in triples:
        triple = (str(s), str(p), str(o))
        if triple in seen:
            continue
        seen.add(triple)
        props = by_subject[_id(s)]
        if p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
            props["@type"].append(_vocab(o.value))
        else:
            props[_vocab(p.value)].append(_value(o, coercions.get(p.value)))
    out = []
    for subject in sorted(by_subject):
        props = by_subject[subject]
        node: dict[str, Any] = {"@id": subject}
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            values = sorted(props[key], key=lambda v: json.dumps(v, sort_keys=True))
            node[key] = values[0] if len(values) == 1 else values
        out.append(node)
    return out


def jsonld(graphs: dict[ox.NamedNode | None, list[Triple]]) -> dict[str, Any]:
    """The JSON-LD document of a dataset: default-graph nodes, then one object per
    named graph with its nodes in ``@graph``."""
    everything = [t for triples in graphs.values() for t in triples]
    coercions = _coercions(everything)
    context: dict[str, Any] = {"@vocab": KG_NS, **NAMESPACES}
    for prop, kind in sorted(coercions.items()):
        context[_vocab(prop)] = {
            "@id": _compact(prop),
            "@type": kind if kind == "@id" else _compact(kind),
        }
    top = _nodes(graphs.get(None, []), coercions)
    by_id = {n["@id"]: n for n in top}
    for name in sorted((g for g in graphs if g is not None), key=lambda g: g.value):
        inner = _nodes(graphs[name], coercions)
        holder = by_id.get(_id(name))
        if holder is None:
            holder = {"@id": _id(name)}
            top.append(holder)
        holder["@graph"] = inner
    return {"@context": context, "@graph": top}


def jsonld_bytes(graphs: dict[ox.NamedNode | None, list[Triple]]) -> bytes:
    return (json.dumps(jsonld(graphs), ensure_ascii=False, indent=1) + "\n").encode()
