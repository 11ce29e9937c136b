"""What the embedded and the remote store share: RDF file formats and the text of updates.

>>> RDF_FORMATS[".ttl"] is ox.RdfFormat.TURTLE
True
"""

from __future__ import annotations

import pyoxigraph as ox

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD}
# what ``kg export`` writes (:mod:`kg.graph.export`), named here so that the
# command line can list them without loading rdflib
RDF_EXPORTS = ("turtle", "ttl", "turtle-fast", "trig", "nt", "ntriples", "nq", "nquads",
               "jsonld", "events")  # fmt: skip
SUFFIX = {"turtle": ".ttl", "ttl": ".ttl", "turtle-fast": ".ttl", "nt": ".nt",
          "ntriples": ".nt", "trig": ".trig", "nq": ".nq", "nquads": ".nq",
          "jsonld": ".jsonld", "events": ".events.csv"}  # fmt: skip


def replace_update(graph: str, ntriples: str) -> str:
    """The SPARQL update that replaces a named graph in one request.

    >>> print(replace_update("https://x.org/g", "<https://x.org/a> <https://x.org/p> 1 ."))
    DROP SILENT GRAPH <https://x.org/g> ;
    INSERT DATA { GRAPH <https://x.org/g> {
    <https://x.org/a> <https://x.org/p> 1 .
    } }
    """
    return f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}"


def syntax_message(exc: Exception, limit: int = 160) -> str:
    """One line from a parser error: its position and what was expected.

    >>> syntax_message(SyntaxError('error at 1:18: expected one of "(", "+"\\n| more'))
    'error at 1:18: expected one of "(", "+"'
    >>> syntax_message(SyntaxError("error at 1:27: expected one of Prefix not found, ['%']"))
    'error at 1:27: undeclared prefix (add a PREFIX line for it)'
    """
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else "syntax error"
    if "Prefix not found" in first:
        first = first.split(": expected", 1)[0] + ": undeclared prefix (add a PREFIX line for it)"
    return first if len(first) <= limit else first[: limit - 3] + "..."


def prefixes() -> dict[str, str]:
    from kg.graph.rdf import PREFIXES

    return {k: str(v) for k, v in PREFIXES.items()}
