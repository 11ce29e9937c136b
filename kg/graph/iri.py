"""IRIs for kg's resources, always valid whatever text they come from.

>>> actor_iri("group/P4+1")
rdflib.term.URIRef('https://w3id.org/kg/id/group/p4-plus-1')
>>> actor_iri("country/IRN")
rdflib.term.URIRef('https://w3id.org/kg/id/country/IRN')
>>> safe_segment('<script>"x"</script>')
'script-x-script'
>>> safe_segment("Zürich"), safe_segment("Москва")
('Zurich', 'xeb63f79a2297')

Whatever the text (quotes, angle brackets, backslashes, emoji, another script),
the IRI holds only ASCII letters, digits, '.', '_' and '-': it cannot end the
IRI early or inject Turtle or SPARQL. Text that loses letters on the way gets
a digest of the original, so two different names never share an IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib.term import URIRef

from kg.graph.vocab import BASE, KGR

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
ARTICLE_PREFIX = str(KGR) + "article/"


@lru_cache(maxsize=1 << 16)
def safe_segment(text: str) -> str:
    """One IRI path segment: ASCII letters, digits, '.', '_' and '-' only.

    >>> safe_segment("Anna Møller") != safe_segment("Anna Mæller")
    True
    """
    text = text.replace("+", "-plus-")
    decomposed = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    seg = _SAFE.sub("-", decomposed).strip("-.")
    kept = sum(c.isalnum() for c in seg[:100])
    seg = seg[:100].rstrip("-.")
    if kept == sum(c.isalnum() for c in decomposed) and seg:
        return seg
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{seg[:80].rstrip('-.')}-{digest}" if seg else "x" + digest


@lru_cache(maxsize=1 << 14)  # an actor is written many times: one IRI object each
def actor_iri(key: str) -> URIRef:
    """'person/mikhail-ulyanov' -> <.../id/person/mikhail-ulyanov>."""
    kind, _, rest = key.partition("/")
    if kind in {"country"} and re.fullmatch(r"[A-Z]{3}", rest):
        return URIRef(f"{KGR}country/{rest}")
    return URIRef(f"{KGR}{safe_segment(kind)}/{safe_segment(rest.lower())}")


def article_iri(article_id: str) -> URIRef:
    return URIRef(ARTICLE_PREFIX + safe_segment(article_id))


def article_id_of(iri: str) -> str | None:
    """The article id inside an article (named graph) IRI, or None."""
    if not iri.startswith(ARTICLE_PREFIX):
        return None
    rest = iri[len(ARTICLE_PREFIX) :]
    return rest if "/" not in rest else None


@lru_cache(maxsize=1 << 12)  # each fact cites its sentence: one IRI object each
def sentence_iri(article_id: str, index: int) -> URIRef:
    """Sentence ``index`` of an article: ``.../id/sentence/<article id>-<index>``."""
    return URIRef(f"{KGR}sentence/{safe_segment(article_id)}-{index}")


def fact_iri(kind: str, article_id: str, *parts: object) -> URIRef:
    """A stable IRI for an event or tie node from what identifies it."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]
    return URIRef(f"{KGR}{safe_segment(kind)}/{safe_segment(article_id)}-{digest}")


def dyad_iri(a: str, b: str) -> URIRef:
    """The unordered pair of two actor IRIs (the same whichever comes first)."""
    first, second = sorted((str(a), str(b)))
    digest = hashlib.sha256(f"{first} {second}".encode()).hexdigest()[:16]
    return URIRef(f"{KGR}dyad/{digest}")


def place_iri(name: str) -> URIRef:
    return URIRef(f"{KGR}place/{safe_segment(name.lower())}")


@lru_cache(maxsize=1 << 8)  # a few extractors
def extractor_iri(name: str) -> URIRef:
    return URIRef(f"{KGR}extractor/{safe_segment(name.replace('/', '-'))}")


__all__ = ["BASE", "actor_iri", "article_id_of", "article_iri", "dyad_iri", "extractor_iri", "fact_iri",
           "place_iri", "safe_segment", "sentence_iri"]  # fmt: skip
