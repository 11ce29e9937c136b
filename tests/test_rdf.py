"""The RDF model: SHACL shapes, stable IRIs, shortcuts, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from kg.iri import actor_iri
from kg.rdf import article_graph
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl")


def _conforms(graph: Graph, shapes: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    ok, _, text = validate(
        graph, shacl_graph=shapes, ont_graph=Graph().parse(ROOT / "ontology" / "kg.ttl")
    )
    return ok, text


def test_seed_graph_conforms_to_shapes(seed_facts, shapes) -> None:  # type: ignore[no-untyped-def]
    ok, report = _conforms(article_graph(seed_facts), shapes)
    assert ok, report


def test_shapes_reject_an_event_without_evidence(seed_facts, shapes) -> None:  # type: ignore[no-untyped-def]
    graph = article_graph(seed_facts)
    event = next(graph.subjects(predicate=KG.evidence))
    graph.remove((event, KG.evidence, None))
    ok, _ = _conforms(graph, shapes)
    assert not ok


def test_graph_is_named_by_article_and_deterministic(seed_facts) -> None:  # type: ignore[no-untyped-def]
    a, b = article_graph(seed_facts), article_graph(seed_facts)
    assert str(a.identifier).endswith(seed_facts.article.id)
    assert set(a) == set(b)


def test_every_fact_points_to_its_sentence_text(seed_facts) -> None:  # type: ignore[no-untyped-def]
    graph = article_graph(seed_facts)
    text = seed_facts.article.text
    for node in graph.subjects(predicate=KG.evidence):
        sentence = graph.value(node, KG.evidence)
        sent_text = str(graph.value(sentence, KG.text))
        start = int(graph.value(sentence, KG.startChar))
        assert text[start : start + len(sent_text)] == sent_text
        fact_start = int(graph.value(node, KG.startChar))
        fact_end = int(graph.value(node, KG.endChar))
        assert start <= fact_start < fact_end <= start + len(sent_text)


def test_met_shortcut_only_for_factual_contacts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Prime Minister Lena Marsh met Chancellor Otto Brandt in Oslo. "
                     "Marsh will meet President Ana Silva next week.")  # fmt: skip
    graph = article_graph(facts)
    marsh, brandt, silva = (
        actor_iri(f"person/{s}") for s in ("lena-marsh", "otto-brandt", "ana-silva")
    )
    assert (marsh, KG.met, brandt) in graph
    assert (brandt, KG.met, marsh) in graph
    assert (marsh, KG.met, silva) not in graph
    planned = [e for e in graph.subjects(KG.modality, KG.Planned)]
    assert planned, "the planned meeting is kept, marked as planned"


def test_same_person_same_iri_across_articles(facts_of) -> None:  # type: ignore[no-untyped-def]
    one = facts_of("Foreign Minister Ines Duarte met Kenya's envoy in Lisbon.")
    two = facts_of("Ines Duarte said on Friday the talks had failed.")
    key_one = {a.key for a in one.actors if a.name == "Ines Duarte"}
    key_two = {a.key for a in two.actors if a.name == "Ines Duarte"}
    assert key_one == key_two == {"person/ines-duarte"}


def test_country_is_linked_to_standard_identifiers(seed_facts) -> None:  # type: ignore[no-untyped-def]
    graph = article_graph(seed_facts)
    iran = actor_iri("country/IRN")
    assert (iran, RDFS.label, Literal("Iran")) in graph
    assert (iran, KG.iso3166Alpha2, Literal("IR")) in graph
    assert any("wikidata.org/entity/Q794" in str(o) for o in graph.objects(iran, None))


def test_fast_ntriples_equal_the_rdflib_graph(seed_facts) -> None:  # type: ignore[no-untyped-def]
    from kg.rdf import article_ntriples

    iri, text = article_ntriples(seed_facts)
    parsed = Graph().parse(data=text, format="nt")
    graph = article_graph(seed_facts)
    assert iri == str(graph.identifier)
    assert set(parsed) == set(graph)
    assert len(text.splitlines()) == len(graph)  # no repeated triples


def test_ntriples_escapes_quotes_backslashes_and_newlines() -> None:
    from kg.rdf import ntriples

    tricky = Literal('He said "no"\\\nthen\r left\ttoday')
    text = ntriples([(actor_iri("person/lena-marsh"), RDFS.label, tricky)])
    assert next(iter(Graph().parse(data=text, format="nt")))[2] == tricky


def test_factual_contacts_point_to_one_dyad_per_pair(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.iri import dyad_iri

    facts = facts_of("Foreign Minister Lena Marsh met Chancellor Otto Brandt and "
                     "President Nadia Okafor in Oslo on Monday.")  # fmt: skip
    graph = article_graph(facts)
    dyads = set(graph.objects(None, KG.dyad))
    members = {frozenset(graph.objects(d, KG.dyadMember)) for d in dyads}
    names = {frozenset(str(graph.value(a, RDFS.label)) for a in pair) for pair in members}
    assert {"Lena Marsh", "Otto Brandt"} in [set(n) for n in names]
    assert all(len(pair) == 2 for pair in members)
    assert len(dyads) == len(members)
    a, b = actor_iri("person/lena-marsh"), actor_iri("person/otto-brandt")
    assert dyad_iri(a, b) == dyad_iri(b, a)


def test_no_dyad_for_a_meeting_that_did_not_happen(facts_of) -> None:  # type: ignore[no-untyped-def]
    graph = article_graph(facts_of("Chancellor Otto Brandt did not meet Lena Marsh in Oslo."))
    assert not set(graph.objects(None, KG.dyad))
