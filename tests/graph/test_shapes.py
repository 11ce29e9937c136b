"""The shapes hold on a store of 50 generated articles, as pyshacl reads the union of
its graphs, with and without the ontology and RDFS inference."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.graph.shipped import ontology_file, shapes_file

ROOT = Path(__file__).resolve().parents[2]
DATES = ["March 20, 2005", "2021-03", "2019", "2022-02-14T10:00:00Z", "next spring", None]


@pytest.fixture(scope="module")
def union(nlp, tmp_path_factory: pytest.TempPathFactory) -> Graph:  # type: ignore[no-untyped-def]
    """Every triple of a store holding 50 invented news articles (benchmarks/make_corpus.py)."""
    import pyoxigraph as ox

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_corpus import article  # type: ignore[import-not-found]

    from kg.extract.pipeline import process
    from kg.graph.store import open_store
    from kg.read.articles import read_articles
    from kg.records import Article
    from kg.run.ingest import write_facts

    rng = random.Random(11)
    feed = tmp_path_factory.mktemp("corpus") / "feed.jsonl"
    lines = []
    for n in range(50):
        title, text = article(rng, n)
        lines.append(json.dumps({"title": title, "text": text, "date": DATES[n % len(DATES)]}))
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = [a for a in read_articles([feed]) if isinstance(a, Article)]
    assert len(articles) == 50
    store = open_store("memory")
    for facts in process(nlp, articles):
        write_facts(store, facts)
    dataset = Dataset()
    dataset.parse(data=store.dump(ox.RdfFormat.N_QUADS), format="nquads")
    graph = Graph()
    for s, p, o, _g in dataset.quads():
        graph.add((s, p, o))
    assert len(graph) > 5000
    return graph


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_fifty_articles_conform(union: Graph, inference: str) -> None:
    from pyshacl import validate

    ontology = Graph().parse(ontology_file()) if inference == "rdfs" else None
    ok, _, report = validate(union, shacl_graph=Graph().parse(shapes_file()),
                             ont_graph=ontology, inference=inference)  # fmt: skip
    assert ok, report[:3000]


def test_labels_are_stated_once(union: Graph) -> None:
    from rdflib.namespace import RDFS

    labelled = list(union.subjects(RDFS.label, None))
    assert labelled and len(labelled) == len(set(labelled))
