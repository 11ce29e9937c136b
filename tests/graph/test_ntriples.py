"""N-Triples written without an rdflib graph: what a parser reads back."""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef

from kg.graph.ntriples import nt_term, ntriples

_S, _P = URIRef("https://x.org/s"), URIRef("https://x.org/p")


def test_literals_of_every_kind_read_back_the_same() -> None:
    objects = [
        Literal('she said "no"\nand left\\ \r'),
        Literal("plain"),
        Literal("bonjour", lang="fr"),
        Literal("2024-05-01", datatype=XSD.date),
        URIRef("https://x.org/o"),
    ]
    text = ntriples([(_S, _P, o) for o in objects])
    graph = Graph().parse(data=text, format="nt")
    assert set(graph.objects(_S, _P)) == set(objects)


def test_an_xsd_string_is_written_plain_and_an_iri_in_brackets() -> None:
    assert nt_term(Literal("x", datatype=XSD.string)) == '"x"'  # the same literal in RDF 1.1
    assert nt_term(URIRef("https://x.org/o")) == "<https://x.org/o>"
