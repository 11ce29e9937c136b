"""A headline's verb of making a deal read as a noun: "Chile, Peru seal trade pact"."""

from __future__ import annotations

import pytest
from helpers import cooperation_pairs

_BODY = "Officials from Chile and Peru met in Lima on Monday."


@pytest.mark.parametrize(
    "title",
    [
        "Chile, Peru seal trade pact",
        "Chile, Peru strike trade deal",
        "Chile, Peru forge defence alliance",
        "Chile and Peru seal trade pact",
    ],
)
def test_names_before_a_deal_verb_read_as_a_noun_make_the_deal(facts_of, title: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Chile", "Peru"}) in cooperation_pairs(facts_of(_BODY, title=title))


def test_firms_and_people_too(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Arvik Lines and Soria Shipping are rivals on the Asia routes."
    title = "Arvik Lines, Soria Shipping unveil vessel-sharing alliance"
    assert frozenset({"Arvik Lines", "Soria Shipping"}) in cooperation_pairs(
        facts_of(body, title=title)
    )
    body = "Ana Moreno and the Green Party began talks in May."
    facts = facts_of(body, title="Moreno, Greens seal budget pact")
    assert frozenset({"Ana Moreno", "Green Party"}) in cooperation_pairs(facts)


@pytest.mark.parametrize(
    ("title", "near_miss"),
    [
        (
            "Chile, Peru forge defence alliance",
            "Chile, Peru reject defence alliance",
        ),  # a verb of its own
        ("Chile, Peru seal trade pact", "Chile, Peru seal border"),  # no agreement's noun
        ("Chile, Peru seal trade pact", "Chile seal trade pact"),  # one name: no plural
        ("Chile, Peru strike trade deal", "Chile's Peru trade deal"),  # no verb
        # the agreement's noun only qualifies the phrase's last noun: no agreement made
        ("Chile, Peru forge defence alliance", "Chile, Peru launch alliance talks"),
        ("Chile, Peru seal trade pact", "Chile, Peru unveil pact plans"),
    ],
)
def test_near_misses_are_left_alone(facts_of, title: str, near_miss: str) -> None:  # type: ignore[no-untyped-def]
    pair = frozenset({"Chile", "Peru"})
    assert pair in cooperation_pairs(facts_of(_BODY, title=title))
    assert pair not in cooperation_pairs(facts_of(_BODY, title=near_miss))


def test_the_repair_touches_only_the_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.language.headline_deals import repair_headline_deals

    text = "Chile, Peru seal trade pact\n\nChile, Peru seal trade pact"
    doc = nlp(text)
    start = text.rindex("Chile")
    repair_headline_deals(doc, start)
    seals = [t for t in doc if t.lower_ == "seal"]
    assert seals[1].dep_ == "ROOT" and seals[1].pos_ == "VERB"
    assert {c.dep_ for c in seals[1].children} >= {"nsubj", "dobj"}
    assert seals[0].pos_ != "VERB"
