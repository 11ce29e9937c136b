"""Identity across articles applied to a real Oxigraph store: one node per actor,
whatever order the articles come in, with curation that survives re-ingest."""

from __future__ import annotations

from dataclasses import replace

import pytest
from identity_samples import A1, A2, A3, ANN, NEL, TOM, TOM_VALE, facts

from kg.graph import actor_book
from kg.graph.actors import ACTOR_GRAPH
from kg.graph.identity import IDENTITY_GRAPH
from kg.graph.iri import actor_iri, dyad_iri
from kg.graph.reconcile import PIECE, reconcile
from kg.graph.results import value
from kg.graph.sparql import select
from kg.graph.store import OxigraphStore, open_store
from kg.records import Actor, ActorType, ArticleFacts
from kg.run.ingest import write_facts

MET = """PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?x kg:met ?y } GRAPH ?h { ?x rdfs:label ?a }
  GRAPH ?k { ?y rdfs:label ?b } }"""


def met(store: OxigraphStore) -> set[tuple[str, str]]:
    return {(value(r["a"]), value(r["b"])) for r in select(store, MET).rows}


def ingest(store: OxigraphStore, *articles: ArticleFacts) -> None:
    for f in articles:
        write_facts(store, f)
    reconcile(store)


def quads(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store._store}


def test_a_surname_in_one_article_is_the_full_name_of_another() -> None:
    store = open_store("memory")
    ingest(store, A1, A2)
    assert ("Ann Vale", "Nel Orsk") in met(store)
    assert not any("Vale" in pair for pair in met(store))
    dyad = str(dyad_iri(actor_iri(ANN.key), actor_iri(NEL.key)))
    members = select(store, f"SELECT ?m WHERE {{ GRAPH ?g {{ <{dyad}> "
                            "<https://w3id.org/kg/ontology#dyadMember> ?m } }")  # fmt: skip
    assert {value(r["m"]) for r in members.rows} == {
        str(actor_iri(ANN.key)),
        str(actor_iri(NEL.key)),
    }
    assert reconcile(store).rewritten == 0  # nothing left to do


def test_any_order_ends_in_the_same_store() -> None:
    stores = []
    for order in ([A1, A2, A3], [A3, A2, A1], [A2, A1, A3]):
        store = open_store("memory")
        for f in order:
            ingest(store, f)
        stores.append(quads(store))
    at_once = open_store("memory")
    ingest(at_once, A3, A1, A2)
    assert stores[0] == stores[1] == stores[2] == quads(at_once)
    # with two Vales the surname is no longer Ann's
    assert ("Nel Orsk", "Vale") in met(at_once)


def test_show_explains_why_each_article_joined() -> None:
    store = open_store("memory")
    ingest(store, A1, A2)
    info = actor_book.show(store, "mrs vale")
    assert info.name == "Ann Vale" and info.articles == 2 and "Mrs Vale" in info.forms
    why = {m["article"]: m["why"] for m in info.members}
    assert why["a1"] == "its own name" and "surname" in why["a2"]


def test_curation_applies_at_once_and_survives_reingest() -> None:
    store = open_store("memory")
    ingest(store, A1, A2)
    actor_book.merge(store, "Tom Reyes", "Nel Orsk")
    assert ("Ann Vale", "Tom Reyes") in met(store) and not any("Nel Orsk" in p for p in met(store))
    actor_book.rename(store, "Tom Reyes", "Thomas Reyes")
    ingest(store, A2)  # the article again, with its own keys: the decisions still hold
    assert met(store) == {("Ann Vale", "Thomas Reyes"), ("Thomas Reyes", "Ann Vale")}
    actor_book.split(store, "Ann Vale", "Vale")
    assert ("Thomas Reyes", "Vale") in met(store)


def test_unknown_or_shared_names_are_clear_errors() -> None:
    from kg.errors import ConfigError

    store = open_store("memory")
    ingest(store, A1, A3)
    with pytest.raises(ConfigError, match="did you mean: Ann Vale"):
        actor_book.show(store, "Ann Vail")
    with pytest.raises(ConfigError, match="already one actor"):
        actor_book.merge(store, "Ann Vale", "ann vale")


def identity_entries(store: OxigraphStore) -> int:
    found = select(store, f"SELECT ?r ?a WHERE {{ GRAPH <{IDENTITY_GRAPH}> "
                          "{ ?r <https://w3id.org/kg/ontology#denotes> ?a } }")  # fmt: skip
    return len(found.rows)


@pytest.mark.parametrize("piece", [1, 2])
def test_writing_in_small_pieces_ends_in_the_same_store(piece: int) -> None:
    stores = []
    for size in (piece, PIECE):
        store = open_store("memory")
        for f in (A1, A2):
            write_facts(store, f)
        reconcile(store, piece=size)
        write_facts(store, A3)  # a second Vale: the surname's article actor changes hands
        report = reconcile(store, piece=size)
        assert identity_entries(store) == report.article_actors > piece
        stores.append(quads(store))
    assert stores[0] == stores[1]
    assert ("Nel Orsk", "Vale") in met(store)


def test_an_interrupted_reconciliation_is_finished_by_the_next() -> None:
    whole = open_store("memory")
    ingest(whole, A1, A2, A3)
    broken = open_store("memory")
    for f in (A1, A2, A3):
        write_facts(broken, f)
    update, writes = broken.update, []

    def fails_third(sparql: str) -> None:  # the process dies before its third write
        writes.append(sparql)
        if len(writes) == 3:
            raise KeyboardInterrupt
        update(sparql)

    broken.update = fails_third  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        reconcile(broken, piece=1)
    broken.update = update  # type: ignore[method-assign]
    assert quads(broken) != quads(whole)
    reconcile(broken, piece=1)
    assert quads(broken) == quads(whole)


def test_only_actors_whose_description_differs_are_written_again() -> None:
    store = open_store("memory")
    ingest(store, A1, A2)
    clean = quads(store)
    ann, nel = str(actor_iri(ANN.key)), str(actor_iri(NEL.key))
    store.update(f"INSERT DATA {{ GRAPH <{ACTOR_GRAPH}> {{ <{ann}> "
                 '<http://www.w3.org/2004/02/skos/core#altLabel> "Stray Form" } }')  # fmt: skip
    update, writes = store.update, []

    def record(sparql: str) -> None:
        writes.append(sparql)
        update(sparql)

    store.update = record  # type: ignore[method-assign]
    reconcile(store)
    described = [w for w in writes if str(ACTOR_GRAPH) in w]
    assert len(described) == 1 and ann in described[0] and nel not in described[0]
    assert quads(store) == clean  # the stray form is gone, the rest as it was
    writes.clear()
    reconcile(store)
    assert not [w for w in writes if str(ACTOR_GRAPH) in w]


def test_the_sex_an_article_told_keeps_namesakes_apart_in_the_store() -> None:
    """Each article actor keeps its sex (foaf:gender); "Lady Vale" joins no Tom Vale."""
    lady = Actor("person/lady-vale", ActorType.PERSON, "Lady Vale", sex="f")
    store = open_store("memory")
    ingest(store, facts("b1", "Tom Vale met Nel Orsk.", (replace(TOM_VALE, sex="m"), NEL)),
           facts("b2", "Lady Vale met Tom Reyes.", (lady, TOM)))  # fmt: skip
    assert ("Lady Vale", "Tom Reyes") in met(store)
    sexes = select(
        store, "SELECT ?s WHERE { GRAPH ?g { ?r <http://xmlns.com/foaf/0.1/gender> ?s } }"
    )
    assert sorted(value(r["s"]) for r in sexes.rows) == ["female", "male"]
