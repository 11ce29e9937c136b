"""Posts listed each with its holder's name in commas: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.post_lists import repair_post_lists
from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "The Chancellor of Germany, Olaf Brennerk, the President of France, Luc Morvanne, "
            "and the Prime Minister of Italy, Giulia Ferrante, met in Rome on Friday.",
            {("Olaf Brennerk", "Germany"), ("Luc Morvanne", "France"),
             ("Giulia Ferrante", "Italy")},
        ),
        (
            "The President of Bolivia, Rodrigo Anzaldi, the President of Paraguay, Hugo Benitez, "
            "and the President of Uruguay, Nestor Caramel, met in Asuncion on Monday.",
            {("Rodrigo Anzaldi", "Bolivia"), ("Hugo Benitez", "Paraguay"),
             ("Nestor Caramel", "Uruguay")},
        ),
        (
            "The governor of the central bank, Ivan Petrov, the finance minister, Oleg Sidorov, "
            "and the economy minister, Anna Kuznetsova, met on Monday.",
            set(),
        ),
    ],
)  # fmt: skip
def test_three_posts_each_with_a_name_meet_as_three_people(facts_of, text: str, ties) -> None:  # type: ignore[no-untyped-def]
    """ "POST, A, POST, B, and POST, C met": all three met, each holds their own post,
    and no country is a party."""
    facts = facts_of(text)
    people = [n for n, _ in ties] or ["Ivan Petrov", "Oleg Sidorov", "Anna Kuznetsova"]
    pairs = met_pairs(facts)
    assert {pair(a, b) for a in people for b in people if a < b} <= pairs
    assert ties <= affiliations(facts)
    countries = {c for _, c in ties}
    assert not {p for p in pairs if p & countries}
    assert not {(a, c) for a, c in affiliations(facts) if (a, c) not in ties and a in people}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Mexican President Elena Ruvalcaba held talks with the president of Colombia, Gustavo "
         "Petrona, and the president of Ecuador, Daniel Nobowa.", "Daniel Nobowa"),
        ("The US ambassador to Nigeria, Mary Beth Lenard, and the governor of Lagos State, "
         "Babajide Olusanwo, met on Thursday.", "Mary Beth Lenard"),
        ("Chile's foreign minister, Ana Rojas, Peru's foreign minister, Luis Vega, and "
         "Bolivia's foreign minister, Juan Mamani, held talks in Lima on Monday.", "Luis Vega"),
    ],
)  # fmt: skip
def test_every_listed_holder_takes_part(facts_of, text: str, met: str) -> None:  # type: ignore[no-untyped-def]
    """The later posts the parser hangs elsewhere (on the verb, beside the first name)
    are conjuncts of the first: their holders take part."""
    pairs = met_pairs(facts_of(text))
    assert any(met in p for p in pairs)
    assert not {p for p in pairs if p & {"United States", "Chile", "Colombia", "Ecuador"}}


@pytest.mark.parametrize(
    "text",
    [
        # no second post with a name: no list of posts
        "The minister of finance, Jan Novakov, and Petr Dvorakin met on Monday.",
        # the first post is itself an apposition
        "Olaf Brenner, the minister of trade, Li Wen, and Ana Ruiz met on Friday.",
        # places, not people, after the posts' commas
        "The capital of Peru, Lima, and the capital of Chile, Santiago, were hit by storms.",
        # no "and": no list read
        "The President of Chile, Ana Rojas, the President of Peru, Luis Vega, met.",
    ],
)
def test_other_sentences_are_no_lists_of_posts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    heads = [(t.i, t.head.i, t.dep_) for t in doc]
    assert repair_post_lists(doc) == 0
    assert [(t.i, t.head.i, t.dep_) for t in doc] == heads
