"""A name set off after a post the verb acts on: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.object_appositions import repair_object_appositions
from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "people", "tie"),
    [
        ("Chilean Foreign Minister Pablo Arrietta met the president of FIFA, Gustav Bremmler, "
         "in Zurich on Monday.", ("Pablo Arrietta", "Gustav Bremmler"), ("Gustav Bremmler", "FIFA")),
        ("Ghana's foreign minister, Kofi Amankwah, held talks with his Ivorian counterpart, "
         "Yao Kouassibo, in Accra on Tuesday.", ("Kofi Amankwah", "Yao Kouassibo"),
         ("Yao Kouassibo", "Ivory Coast")),
    ],
)  # fmt: skip
def test_the_named_holder_of_a_post_met_is_the_one_met(facts_of, text: str, people, tie) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    pairs = met_pairs(facts)
    assert pair(*people) in pairs
    assert pair(people[0], tie[1]) not in pairs  # the body or country is no party
    assert tie in affiliations(facts)


def test_the_named_holder_of_a_post_beside_a_call_is_the_caller(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "a call from the President of X, A": the parser sets A beside "call"."""
    facts = facts_of(
        "The Indian Prime Minister received a phone call from the President of France, "
        "Emmanuel Macrone."
    )
    pairs = met_pairs(facts)
    assert pair("India", "Emmanuel Macrone") in pairs
    assert pair("India", "France") not in pairs
    assert ("Emmanuel Macrone", "France") in affiliations(facts)


def test_the_named_holder_of_a_post_criticised_is_the_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The foreign minister of Japan, Kenji Morimura, criticised the foreign minister of "
        "China, Li Wenhao, on Sunday."
    )
    hits = directed(facts, EventKind.CONFLICT)
    assert ("Kenji Morimura", "Li Wenhao") in hits
    assert ("Kenji Morimura", "China") not in hits
    assert ("Li Wenhao", "China") in affiliations(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Brenner met the governor on Friday, Li Wen said.",  # the name speaks
        "The envoy met the minister of trade, officials said.",  # no name
        "Ana Ruiz met the ministers of trade, Li Wen and Olaf Brenner, on Monday.",  # plural
        # beside a kin of the post's holder: no contact the holder makes
        "Police questioned the son of the governor of the province, Ali Khan, on Monday.",
    ],
)
def test_other_names_after_an_object_stay(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    heads = [(t.i, t.head.i, t.dep_) for t in doc]
    assert repair_object_appositions(doc) == 0
    assert [(t.i, t.head.i, t.dep_) for t in doc] == heads
