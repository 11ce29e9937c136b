"""The actor graph: each actor described once, whatever the number of articles."""

from __future__ import annotations

from kg.graph.actors import ACTOR_GRAPH, write_actors
from kg.graph.sparql import select
from kg.graph.store import open_store
from kg.records import Actor, ActorType

COUNT_MET = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT (COUNT(*) AS ?n) WHERE {
  ?a rdfs:label "Lena Marsh" . ?b rdfs:label "Otto Brandt" . ?a kg:met ?b }"""


def test_labels_live_once_in_the_actor_graph(facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.run.ingest import write_facts

    store = open_store("memory")
    texts = ["Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday.",
             "Lena Marsh met Otto Brandt again in Bergen. Marsh said the talks went well.",
             "Chancellor Otto Brandt met Lena Marsh in Berlin."]  # fmt: skip
    for text in texts:
        write_facts(store, facts_of(text))
    labels = select(store, "SELECT ?g ?s ?l WHERE { GRAPH ?g { ?s "
                           "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }").rows  # fmt: skip
    assert {r["g"].value for r in labels} == {str(ACTOR_GRAPH)}
    subjects = [r["s"].value for r in labels]
    assert len(subjects) == len(set(subjects))
    # The union rule: the met shortcut is seen once per article that states it, and
    # joining the labels does not multiply it.
    assert int(select(store, COUNT_MET).rows[0]["n"].value) == 3
    aliases = select(store, "SELECT ?alias WHERE { <https://w3id.org/kg/id/person/lena-marsh> "
                            "<http://www.w3.org/2004/02/skos/core#altLabel> ?alias }").rows  # fmt: skip
    assert [r["alias"].value for r in aliases] == ["Marsh"]


def test_a_curated_description_replaces_what_was_known() -> None:
    store = open_store("memory")
    ann = Actor("person/ann-berg", ActorType.PERSON, "Ann Berg", ("Berg",))
    write_actors(store, [ann], {"person/ann-berg": ["NORGOV"]})
    write_actors(store, [Actor("person/ann-berg", ActorType.PERSON, "A. Berg")])
    query = (
        "SELECT ?l WHERE { <https://w3id.org/kg/id/person/ann-berg> ?p ?l FILTER isLiteral(?l) }"
    )
    assert {r["l"].value for r in select(store, query).rows} == {"Ann Berg", "Berg", "NORGOV"}
    curated = Actor("person/ann-berg", ActorType.PERSON, "Ann K. Berg", codes=("NORMIL",))
    write_actors(store, [curated], replace=True)
    assert {r["l"].value for r in select(store, query).rows} == {"Ann K. Berg", "NORMIL"}
