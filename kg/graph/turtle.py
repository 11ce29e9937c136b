"""Turtle and TriG a person can read and diff.

Subjects are grouped and sorted, each with ``a`` (its classes) first, then its
label, then the other predicates in order; every namespace used is declared,
instances get one prefix per kind (``person:ann-berg``, ``event:a1-9f2c...``) so
no local name needs an escape, and the same store always gives the same bytes.
Sorting needs the whole graph in memory; :func:`kg.graph.export.rdf_bytes`
offers Oxigraph's own streaming serialiser as the fast path for very large stores.

>>> import pyoxigraph as ox
>>> kg = "https://w3id.org/kg/ontology#"
>>> ann = ox.NamedNode("https://w3id.org/kg/id/person/ann-berg")
>>> print(turtle([(ann, ox.NamedNode(RDF_TYPE), ox.NamedNode(kg + "Person")),
...               (ann, ox.NamedNode(kg + "confidence"),
...                ox.Literal("0.9", datatype=ox.NamedNode(XSD + "decimal")))]))
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix person: <https://w3id.org/kg/id/person/> .
<BLANKLINE>
person:ann-berg a kg:Person ;
    kg:confidence 0.9 .
<BLANKLINE>
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.graph.formats import prefixes

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_BARE = {XSD + "integer": _INTEGER, XSD + "decimal": _DECIMAL}
Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Term, Term, Term]


class Names:
    """IRIs as prefixed names where the local name needs no escape, else ``<IRI>``;
    remembers which prefixes it used."""

    def __init__(self, namespaces: dict[str, str] | None = None) -> None:
        spaces = namespaces if namespaces is not None else prefixes()
        # longest namespace first, so person: wins over kgr:
        self._spaces = sorted(spaces.items(), key=lambda kv: -len(kv[1]))
        self._cache: dict[str, str] = {}
        self.used: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        text = self._cache.get(iri)
        if text is None:
            text = f"<{iri}>"
            for prefix, ns in self._spaces:
                if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns) :]):
                    text = f"{prefix}:{iri[len(ns) :]}"
                    self.used[prefix] = ns
                    break
            self._cache[iri] = text
        return text

    def term(self, term: Term) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Literal):
            return self.literal(term)
        raise TypeError(f"cannot write {term!r} in Turtle")

    def literal(self, lit: ox.Literal) -> str:
        value = lit.value
        dtype = lit.datatype.value if lit.datatype is not None else XSD + "string"
        if dtype == XSD + "boolean" and value in ("true", "false"):
            return value
        bare = _BARE.get(dtype)
        if bare is not None and bare.fullmatch(value):
            return value
        text = '"' + value.translate(_ESCAPES) + '"'
        if lit.language:
            return f"{text}@{lit.language}"
        if dtype in (XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"):
            return text
        return f"{text}^^{self.iri(dtype)}"

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.used.items()))


def _predicate_key(text: str) -> tuple[int, str]:
    return (0 if text == "a" else 1 if text == "rdfs:label" else 2, text)


def blocks(triples: Iterable[Triple], names: Names, indent: str = "") -> Iterator[str]:
    """One block of text per subject, subjects sorted."""
    grouped: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        pred = "a" if isinstance(p, ox.NamedNode) and p.value == RDF_TYPE else names.term(p)
        grouped[names.term(s)][pred].add(names.term(o))
    for subject in sorted(grouped):
        preds = grouped[subject]
        lines = []
        for pred in sorted(preds, key=_predicate_key):
            objects = ", ".join(sorted(preds[pred]))
            lines.append(f"{pred} {objects}")
        body = f" ;\n{indent}    ".join(lines)
        yield f"{indent}{subject} {body} .\n"


def turtle(triples: Iterable[Triple], namespaces: dict[str, str] | None = None) -> str:
    """Sorted, prefixed Turtle of the triples (repeats written once)."""
    names = Names(namespaces)
    body = "\n".join(blocks(triples, names))
    return names.header() + "\n" + body


def trig(
    graphs: dict[ox.NamedNode | None, list[Triple]], namespaces: dict[str, str] | None = None
) -> str:
    """Sorted, prefixed TriG: the default graph's triples, then each named graph."""
    names = Names(namespaces)
    parts = []
    if graphs.get(None):
        parts.append("\n".join(blocks(graphs[None], names)))
    for name in sorted((g for g in graphs if g is not None), key=lambda g: names.iri(g.value)):
        inner = "\n".join(blocks(graphs[name], names, indent="    "))
        parts.append(f"{names.iri(name.value)} {{\n{inner}}}\n")
    return names.header() + "\n" + "\n".join(parts)
