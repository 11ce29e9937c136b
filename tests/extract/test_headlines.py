"""The headline is read as the article's last sentence, in its own register."""

from __future__ import annotations

from dataclasses import replace

from helpers import directed, met_pairs, pair

from kg.extract.headlines import (
    headline_start,
    joined,
    parsed_headline,
    read_headline,
    with_headline,
)
from kg.records import Article, EventKind


def _anywhere(facts):  # type: ignore[no-untyped-def]
    """Events and relations as records, without the article id (the headline is part of it)."""
    return {
        replace(f, evidence=replace(f.evidence, article_id=""))
        for f in (*facts.events, *facts.relations)
    }


def _head_events(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return [e for e in facts.events if e.evidence.sentence in heads]


def test_a_headline_states_a_fact_the_body_does_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "The foreign ministry gave the diplomat 48 hours to leave."
    for title in ("Chile expels Peruvian envoy over spy claims",
                  "Chile Expels Peruvian Envoy Over Spy Claims",
                  "CHILE EXPELS PERUVIAN ENVOY OVER SPY CLAIMS"):  # fmt: skip
        facts = facts_of(body, title=title)
        assert ("Chile", "Peru") in directed(facts, EventKind.CONFLICT), title
        [event] = _head_events(facts)
        [sentence] = [s for s in facts.sentences if s.headline]
        assert sentence.text == title and (sentence.start, sentence.end) == (0, len(title))
        assert sentence.index == len(facts.sentences) - 1  # after the body's
        ev = event.evidence  # its characters count in the headline
        assert 0 <= ev.start < ev.end <= len(title) and "xpel" in title[ev.start : ev.end].lower()


def test_headlines_in_title_case_keep_their_parties(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The deal was signed in Arusha on Friday.", title="Kenya Signs Trade Pact With Tanzania"
    )
    assert ("Kenya", "Tanzania") in directed(facts, EventKind.COOPERATION)
    facts = facts_of("Oslo said the attack broke international law.",
                     title="NORWAY CONDEMNS RUSSIAN MISSILE STRIKE")  # fmt: skip
    assert ("Norway", "Russia") in directed(facts, EventKind.CONFLICT)
    facts = facts_of("Officials spoke of progress.", title="Brazil Holds Talks With United States")
    assert pair("Brazil", "United States") in met_pairs(facts)


def test_a_headline_future_is_planned_not_done(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The ministry said a decision was near.", title="Chile to expel Peruvian envoy"
    )
    assert ("Chile", "Peru") not in directed(facts, EventKind.CONFLICT)
    assert ("Chile", "Peru") in directed(facts, EventKind.CONFLICT, factual_only=False)


def test_the_body_reads_as_it_did_without_the_headline(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Oslo-based Norsk Kraft has won a contract in Ghana. The company said on Monday "
            "that it would hire 300 workers. Its chief, Ola Berg, met Ghana's president.")  # fmt: skip
    plain = facts_of(body, title="")
    headed = facts_of(body, title="Kraft wins Ghana deal")
    assert _anywhere(plain) <= _anywhere(headed)  # every body fact, evidence and all
    assert [s for s in headed.sentences if not s.headline] == list(plain.sentences)


def test_a_text_that_opens_with_its_headline_reads_it_once(facts_of) -> None:  # type: ignore[no-untyped-def]
    title = "Chile expels Peruvian envoy"
    facts = facts_of(f"{title}\n\nThe ministry said the envoy had spied.", title=title)
    assert not any(s.headline for s in facts.sentences)
    assert len([e for e in facts.events if e.kind is EventKind.CONFLICT and e.factual]) == 1


def test_a_headline_with_no_fact_adds_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Ana Ruiz met Bo Lind in Oslo."
    assert _anywhere(facts_of(body, title="Talks")) == _anywhere(facts_of(body, title=""))


def test_the_headline_is_parsed_apart_and_joined_after_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    art = Article("a1", "Chile Expels Envoy", "Chile said so. It acted.", "x.txt")
    head = parsed_headline(art)
    assert head == "Chile expels envoy." and read_headline(art)
    pieces = with_headline([(0, "Chile said so."), (15, "It acted.")], head)
    assert pieces == [(0, "Chile said so."), (15, "It acted."), (None, head)]
    docs = [(offset, nlp(text)) for offset, text in pieces]
    out = list(joined(iter(docs)))
    assert [offset for offset, _ in out] == [0, 15]
    last = out[1][1]
    assert last.text == "It acted. Chile expels envoy." and headline_start(last) == len("It acted. ")
    assert headline_start(out[0][1]) is None
    # the body keeps the parse it has alone
    alone = nlp("It acted.")
    assert [(t.dep_, t.head.i) for t in last[: len(alone)]] == [(t.dep_, t.head.i) for t in alone]
    [(offset, only)] = joined(iter([(None, nlp(head))]))
    assert offset == 0 and headline_start(only) == 0
    assert not read_headline(Article("a2", "", "Text.", "x.txt"))
    assert not read_headline(Article("a3", "Chile acts", "CHILE ACTS\n\nMore.", "x.txt"))


def test_a_one_sentence_body_parses_as_without_a_headline(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chile, the tiny Peru, and Bolivia condemned Brazil."
    assert _anywhere(facts_of(text, title="Test")) == _anywhere(facts_of(text, title=""))
