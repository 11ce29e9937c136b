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


def test_properties_the_summary_does_not_read_still_set_the_order_of_its_texts() -> None:
    # the texts are numbered in the order their events first appear in the graph,
    # whichever property names an event first
    base = "https://w3id.org/kg/"
    art, e1, e2 = f"{base}id/article/a1", f"{base}id/event/a1-1", f"{base}id/event/a1-2"
    s1, s2 = f"{base}id/sentence/a1-0", f"{base}id/sentence/a1-1"
    ann, bo, cy = (f"{base}id/person/{n}" for n in ("ann", "bo", "cy"))

    def event(node: str, sentence: str, a: str, b: str) -> list[tuple[str, str, str]]:
        return [(node, str(RDF.type), str(KG.Contact)), (node, str(KG.factual), "true"),
                (node, str(KG.eventType), f"{base}event-type/meet"),
                (node, str(KG.participant), a), (node, str(KG.participant), b),
                (node, str(KG.evidence), sentence), (node, str(KG.confidence), "0.9"),
                (node, "http://www.w3.org/ns/prov#wasDerivedFrom", art)]  # fmt: skip

    texts = [(s1, str(KG.text), "Ann met Bo."), (s2, str(KG.text), "Bo met Cy.")]
    plain = event(e1, s1, ann, bo) + event(e2, s2, bo, cy) + texts
    unread = (e2, str(KG.trigger), "met")  # names the second event before the first
    noisy = [unread, *plain, (e1, str(KG.quote), "x"), (art, str(KG.source), "a.txt")]
    assert summarise(art, plain)["texts"] == ["Ann met Bo.", "Bo met Cy."]
    reordered = summarise(art, noisy)
    assert reordered["texts"] == ["Bo met Cy.", "Ann met Bo."]
    assert [tie[4] for tie in sorted(reordered["ties"], key=lambda t: t[1])] == [1, 0]
