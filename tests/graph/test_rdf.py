"""The RDF model: SHACL shapes, stable IRIs, shortcuts, provenance."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.graph.actors import stored_graph
from kg.graph.iri import actor_iri
from kg.graph.rdf import _ROLE_PROPERTIES, article_graph
from kg.graph.vocab import KG, KGR, KGT
from kg.records import (
    Actor,
    ActorType,
    Article,
    ArticleFacts,
    Event,
    EventKind,
    Evidence,
    Modality,
    Participant,
    Relation,
    RelationType,
    Sentence,
)

ROOT = Path(__file__).resolve().parents[2]


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
    ok, report = _conforms(stored_graph(seed_facts), shapes)
    assert ok, report


def test_shapes_reject_an_event_without_evidence(seed_facts, shapes) -> None:  # type: ignore[no-untyped-def]
    graph = stored_graph(seed_facts)
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
    graph = stored_graph(seed_facts)
    iran = actor_iri("country/IRN")
    assert (iran, RDFS.label, Literal("Iran")) in graph
    assert (iran, KG.iso3166Alpha2, Literal("IR")) in graph
    assert any("wikidata.org/entity/Q794" in str(o) for o in graph.objects(iran, None))


def test_fast_ntriples_equal_the_rdflib_graph(seed_facts) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.rdf import article_ntriples

    iri, text = article_ntriples(seed_facts)
    parsed = Graph().parse(data=text, format="nt")
    graph = article_graph(seed_facts)
    assert iri == str(graph.identifier)
    assert set(parsed) == set(graph)
    assert len(text.splitlines()) == len(graph)  # no repeated triples


def test_ntriples_escapes_quotes_backslashes_and_newlines() -> None:
    from kg.graph.ntriples import ntriples

    tricky = Literal('He said "no"\\\nthen\r left\ttoday')
    text = ntriples([(actor_iri("person/lena-marsh"), RDFS.label, tricky)])
    assert next(iter(Graph().parse(data=text, format="nt")))[2] == tricky


def test_factual_contacts_point_to_one_dyad_per_pair(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.iri import dyad_iri

    facts = facts_of("Foreign Minister Lena Marsh met Chancellor Otto Brandt and "
                     "President Nadia Okafor in Oslo on Monday.")  # fmt: skip
    graph = stored_graph(facts)
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


# -- any record, any text: valid IRIs, Turtle that parses back, the same graph from the store


_TEXT = st.text(max_size=40) | st.sampled_from(
    ['"""', 'a"', "\\", "\\u0022", "<b>", "} } ; DROP ALL ; #", "😀", "line\nbreak\r", "\x00\x1b"]
)
_OPT = st.none() | _TEXT
_KEYS = st.builds(
    lambda kind, rest: f"{kind}/{rest}",
    st.sampled_from(["person", "country", "org", "group", "agreement"]) | _TEXT,
    _TEXT,
)
_EVIDENCE = st.builds(
    Evidence,
    article_id=_TEXT,
    sentence=st.integers(0, 50),
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    extractor=_TEXT,
    confidence=st.floats(0, 1),
)
_EVENTS = st.builds(
    Event,
    kind=st.sampled_from(list(EventKind)),
    type=st.sampled_from([n for n in dir(KGT) if not n.startswith("_")]),
    participants=st.lists(
        st.builds(Participant, actor=_KEYS, role=st.sampled_from(sorted(_ROLE_PROPERTIES))),
        max_size=4,
    ).map(tuple),
    evidence=_EVIDENCE,
    trigger=_TEXT,
    modality=st.sampled_from(list(Modality)),
    negated=st.booleans(),
    claimed_by=st.none() | _KEYS,
    date=_OPT | st.dates().map(str),
    date_text=_OPT,
    place=_OPT,
    quote=_OPT,
)
_RELATIONS = st.builds(
    Relation,
    type=st.sampled_from(list(RelationType)),
    subject=_KEYS,
    object=_KEYS,
    evidence=_EVIDENCE,
    role=_OPT,
    current=st.booleans(),
)
_ACTORS = st.builds(
    Actor,
    key=_KEYS,
    type=st.sampled_from(list(ActorType)),
    name=_TEXT,
    aliases=st.lists(_TEXT, max_size=3).map(tuple),
    wikidata=_OPT | st.sampled_from(["Q794", "Q1"]),
    iso2=_OPT,
    iso3=_OPT,
)
_FACTS = st.builds(
    ArticleFacts,
    article=st.builds(
        Article,
        id=_TEXT,
        title=_TEXT,
        text=_TEXT,
        source=_TEXT,
        date=_OPT,
        dateline=_OPT,
        url=_OPT,
        publisher=_OPT,
    ),
    sentences=st.lists(
        st.builds(
            Sentence,
            index=st.integers(0, 50),
            start=st.integers(0, 10**6),
            end=st.integers(0, 10**6),
            text=_TEXT,
        ),
        max_size=4,
    ).map(tuple),
    actors=st.lists(_ACTORS, max_size=4).map(tuple),
    events=st.lists(_EVENTS, max_size=4).map(tuple),
    relations=st.lists(_RELATIONS, max_size=3).map(tuple),
    pipeline=_TEXT,
)


_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def _canonical_decimals(graph: Graph) -> Graph:
    """rdflib's Turtle writer spells the decimal 1 as ``1.0``; compare values."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == _DECIMAL:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=_DECIMAL)
        out.add((s, p, o))
    return out


@settings(max_examples=60, deadline=None)
@given(_FACTS)
def test_any_record_gives_a_valid_graph_that_round_trips(facts: ArticleFacts) -> None:
    from helpers import assert_valid_iri as assert_valid

    from kg.graph.store import open_store
    from kg.run.ingest import write_facts

    graph = stored_graph(facts)
    for term in {t for triple in graph for t in triple}:
        if isinstance(term, URIRef) and str(term).startswith(str(KGR)):
            assert_valid(str(term))
        elif isinstance(term, URIRef):
            ox.NamedNode(str(term))  # vocabulary IRIs: valid too
    turtle = graph.serialize(format="turtle")
    back = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(_canonical_decimals(back), _canonical_decimals(graph))
    # The path the data really takes: one SPARQL update into Oxigraph, then out.
    store = open_store("memory")
    write_facts(store, facts)
    stored = Graph().parse(data=store.dump(ox.RdfFormat.N_TRIPLES), format="nt")
    assert len(stored) == len(graph)
    assert isomorphic(stored, graph)


def test_hostile_labels_come_back_exactly(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.sparql import select
    from kg.graph.store import open_store
    from kg.run.ingest import write_facts

    hostile = '"<script>alert(1)</script> \\"\\"\\" \\\\ } } ; DROP ALL ; 😀"'
    facts = facts_of(f"Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo, saying {hostile}.",
                     title='Title """ <b> \\ 😀')  # fmt: skip
    store = open_store("memory")
    write_facts(store, facts)
    table = select(store, "SELECT ?t WHERE { ?s <https://w3id.org/kg/ontology#text> ?t }")
    assert [r["t"].value for r in table.rows] == [facts.sentences[0].text]  # (no fact in the headline)
    assert hostile in facts.sentences[0].text
    titles = select(store, "SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t }")
    assert [r["t"].value for r in titles.rows] == ['Title """ <b> \\ 😀']
    assert len(store.graphs()) == 2  # the article's graph and the actor graph


def test_a_fact_in_the_headline_points_to_the_headline(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.sparql import select
    from kg.graph.store import open_store
    from kg.run.ingest import write_facts

    title = "Chile Expels Peruvian Envoy"
    facts = facts_of("The ministry gave the diplomat two days to leave.", title=title)
    store = open_store("memory")
    write_facts(store, facts)
    rows = select(store, """PREFIX kg: <https://w3id.org/kg/ontology#>
        SELECT ?t ?i ?s ?e WHERE { ?f kg:evidence ?h . ?h a kg:Headline ; kg:text ?t ;
            kg:sentenceIndex ?i . ?f kg:startChar ?s ; kg:endChar ?e }""").rows
    assert rows and {r["t"].value for r in rows} == {title}
    assert {int(r["i"].value) for r in rows} == {1}  # after the body's one sentence
    assert all(0 <= int(r["s"].value) < int(r["e"].value) <= len(title) for r in rows)
