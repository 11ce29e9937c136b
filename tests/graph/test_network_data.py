"""Each article graph carries its part of the actor network, derived from its triples."""

from __future__ import annotations

import json

from rdflib.namespace import RDF

from kg.graph.iri import article_iri
from kg.graph.network_data import VERSION, summarise
from kg.graph.rdf import article_graph, article_triples
from kg.graph.vocab import KG


def _summary(facts) -> dict:  # type: ignore[no-untyped-def]
    graph = article_graph(facts)
    (literal,) = graph.objects(article_iri(facts.article.id), KG.network)
    assert literal.datatype == RDF.JSON
    return dict(json.loads(str(literal)))


def test_the_summary_lists_ties_and_their_sentences(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Norwegian Foreign Minister Ola Brenn met Danish Prime Minister Ida Kvist in Oslo. "
        "Brenn criticised Sweden over fishing quotas. Kvist did not meet Sweden's envoy.",
        title="Nordic talks",
        date="2023-04-05",
    )
    summary = _summary(facts)
    assert summary["v"] == VERSION and summary["title"] == "Nordic talks"
    assert summary["date"] == "2023-04-05"
    assert "actors" not in summary  # labels live once, in the actor graph
    ties = {(t[0], t[1].rsplit("/", 1)[-1], t[2].rsplit("/", 1)[-1]): t for t in summary["ties"]}
    met = next(t for (rel, *_), t in ties.items() if rel == "met")
    assert summary["texts"][met[4]].startswith("Norwegian Foreign Minister Ola Brenn")
    assert met[9] is True and 0 < met[8] <= 1  # mutual, with its confidence
    opposed = [key for key in ties if key[0] == "opposed"]
    assert opposed == [("opposed", "ola-brenn", "SWE")]
    affiliated = [t for t in summary["ties"] if t[0] == "affiliated"]
    assert {t[10] for t in affiliated} >= {"Foreign Minister", "Prime Minister"}
    # the negated meeting is in the graph but is no tie of the network
    assert sum(1 for key in ties if key[0] == "met") == 1


def test_the_summary_says_what_the_triples_say(seed_facts) -> None:  # type: ignore[no-untyped-def]
    triples = list(article_triples(seed_facts))
    article = article_iri(seed_facts.article.id)
    without = [t for t in triples if t[1] != KG.network]
    assert len(without) == len(triples) - 1
    plain = [(str(s), str(p), str(o)) for s, p, o in without]
    assert summarise(str(article), plain) == _summary(seed_facts)
    facts = {str(s) for s, p, o in without if p == KG.factual and str(o) == "true"}
    ties = _summary(seed_facts)["ties"]
    events = {t[3] for t in ties if t[0] in ("met", "opposed", "cooperated")}
    assert events and events <= facts
