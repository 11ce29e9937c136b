"""N-Triples text for rdflib triples, written directly (no rdflib graph or
serializer): the form ingest writes an article's graph and the actor updates in.

rdflib works in Python at every step a serializer takes (a new datatype IRI
per literal, IRIs compared by a Python ``__eq__``, a table lookup per escaped
character); what is written per triple is kept to string operations in C and
cached IRI texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import URIRef

Triple = tuple[URIRef, URIRef, URIRef | Literal]
_IRI_UNSAFE = frozenset('<>"{}|^`\\ ')
_XSD_STRING = str(XSD.string)


def ntriples(triples: Iterable[Triple]) -> str:
    """N-Triples text for rdflib triples.

    >>> from rdflib.namespace import RDFS
    >>> print(ntriples([(URIRef("https://x.org/a"), RDFS.label, Literal('say "hi"'))]))
    <https://x.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "say \\"hi\\"" .
    """
    term, iri = nt_term, _nt_iri  # subjects and predicates are nearly always IRIs
    return "\n".join(
        f"{iri(s) if type(s) is URIRef else term(s)} {iri(p) if type(p) is URIRef else term(p)} "
        f"{iri(o) if type(o) is URIRef else term(o)} ."
        for s, p, o in triples
    )


def unique_ntriples(triples: list[Triple]) -> str:
    """:func:`ntriples` of ``triples`` without repeats (what ``ntriples(dict.fromkeys(
    triples))`` writes, two triples being the same when their lines are). An
    article's graph names each of its nodes, predicates and literals many times,
    as the same Python objects: each is written once, looked up by identity after
    (rdflib hashes and compares its terms in Python).

    >>> t = (URIRef("https://x.org/a"), URIRef("https://x.org/p"), Literal(1))
    >>> print(unique_ntriples([t, t]))
    <https://x.org/a> <https://x.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
    """
    written: dict[int, str] = {}  # id(term) -> its N-Triples form (``triples`` keeps them alive)
    get, term = written.get, nt_term
    lines: dict[str, None] = {}
    for s, p, o in triples:
        if (ws := get(id(s))) is None:
            ws = written[id(s)] = term(s)
        if (wp := get(id(p))) is None:
            wp = written[id(p)] = term(p)
        if (wo := get(id(o))) is None:
            wo = written[id(o)] = term(o)
        lines[f"{ws} {wp} {wo} ."] = None
    return "\n".join(lines)


def nt_term(term: URIRef | Literal) -> str:
    if type(term) is URIRef:
        return _nt_iri(term)
    if isinstance(term, Literal):
        if "\\" in term or '"' in term or "\n" in term or "\r" in term:
            text = '"' + _nt_escape(term) + '"'
        else:  # (nearly always: nothing to escape, so nothing to copy)
            text = '"' + term + '"'
        language, datatype = term.language, term.datatype
        if language:
            return f"{text}@{language}"
        if datatype is not None:
            # rdflib makes a new datatype IRI for every literal and compares IRIs
            # in Python: its text is looked up instead
            name = str(datatype)
            if name != _XSD_STRING:
                return f"{text}^^{_nt_datatype(name)}"
        return text
    return term.n3()


def _nt_escape(text: str) -> str:
    r"""``text`` escaped for an N-Triples string (backslash, quote, line feed and
    carriage return), by four scans in C rather than a table lookup per
    character; backslashes first, so none added after is doubled.

    >>> print(_nt_escape('a\\b "c"\r\n'))
    a\\b \"c\"\r\n
    """
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return text.replace("\n", "\\n").replace("\r", "\\r")


@lru_cache(maxsize=1 << 14)
def _nt_iri(iri: URIRef) -> str:
    return f"<{iri}>" if _IRI_UNSAFE.isdisjoint(iri) else iri.n3()


@lru_cache(maxsize=1 << 8)
def _nt_datatype(name: str) -> str:
    return _nt_iri(URIRef(name))
