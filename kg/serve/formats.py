"""Result formats of ``kg serve``: what the client asked for, made from what the engine sent.

The front asks the engine for TSV (one solution per line) or N-Triples (one
triple per line), so it can keep the first ``limit`` lines, and converts them
to the format the client negotiated (``?format=`` or ``Accept``).
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}  # fmt: skip
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}  # fmt: skip


def negotiate(accept: str, wanted: str | None, table: dict[str, Any], default: Any) -> Any:
    """The format the client asked for: ``?format=`` or the best Accept entry.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None, RESULT_FORMATS,
    ...           ox.QueryResultsFormat.JSON).name
    'SPARQL Results in XML'
    >>> negotiate("text/html,*/*", None, RESULT_FORMATS, ox.QueryResultsFormat.JSON).name
    'SPARQL Results in JSON'
    """
    if wanted:
        if wanted.lower() in table:
            return table[wanted.lower()]
        raise ValueError(f"unknown format {wanted!r}: one of {', '.join(table)}")
    ranked = []
    for n, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, n, media))
    kind = type(default)
    for _, _, media in sorted(ranked):
        found = kind.from_media_type(media) if media and "*" not in media else None
        if found is not None and found in table.values():
            return found
    return default


def convert(payload: bytes, ctype: str, accept: str, wanted: str | None) -> tuple[bytes, str]:
    """The engine's answer (TSV, N-Triples or JSON) in the client's format."""
    if ctype == "application/n-triples":
        fmt = negotiate(accept, wanted, GRAPH_FORMATS, ox.RdfFormat.TURTLE)
        triples = ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(triples, format=fmt) or b"", fmt.media_type
    source = ox.QueryResultsFormat.from_media_type(ctype) or ox.QueryResultsFormat.JSON
    results = ox.parse_query_results(payload, format=source)
    fmt = negotiate(accept, wanted, RESULT_FORMATS, ox.QueryResultsFormat.JSON)
    return results.serialize(format=fmt) or b"", fmt.media_type
