"""The Python vocabulary and ontology/kg.ttl declare the same terms."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF
from rdflib.term import URIRef

from kg.graph.vocab import KG, KGT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl")


def test_every_vocab_term_is_declared(ontology: Graph) -> None:
    declared = set(ontology.subjects(RDF.type, None))
    for name in KG.__annotations__:
        assert KG[name] in declared, f"kg:{name} is not declared in kg.ttl"
    for name in [*KGT.__annotations__, *KGT._extras]:
        assert KGT[name] in declared, f"kgt:{name} is not declared in kg.ttl"


def test_every_declared_kg_term_is_in_vocab(ontology: Graph) -> None:
    ns = str(KG._NS)
    declared = {str(s)[len(ns) :] for s in ontology.subjects() if str(s).startswith(ns)}
    assert declared <= set(KG.__annotations__)


def test_misspelt_term_fails() -> None:
    with pytest.raises(AttributeError):
        _ = KG.meets


def test_terms_read_as_attributes_are_the_namespace_iris() -> None:
    # the terms are stored on the class once; each must still be the IRI the
    # namespace makes, and a term of one namespace never leaks into another
    for ns in (KG, KGT):
        for name in ns.__annotations__:
            assert getattr(ns, name) == URIRef(f"{ns._NS}{name}")
    assert str(KG.Meeting) == "https://w3id.org/kg/ontology#Meeting"
    with pytest.raises(AttributeError):
        _ = KGT.Meeting
