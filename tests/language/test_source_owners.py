"""Whose post a possessive before a closing attribution's source names: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "the country's" before a post and its holder, then "said"
        ("Peru signed a trade pact with Chile on Friday, the country's foreign minister, "
         "Lucia Paredes, said.", ("Lucia Paredes", "Peru"), ("Lucia Paredes", "Chile")),
        ("Norway will send two hundred troops to Latvia, the country's defence minister, "
         "Erik Holm, told reporters.", ("Erik Holm", "Norway"), ("Erik Holm", "Latvia")),
        ("Estonia expelled two Russian diplomats, the country's interior minister Kaja Tamm "
         "announced.", ("Kaja Tamm", "Estonia"), ("Kaja Tamm", "Russia")),
        # "its", for a body and for a country
        ("The UN mission in Mali will close next month, its head, Pierre Dubois, said.",
         ("Pierre Dubois", "United Nations"), ("Pierre Dubois", "Mali")),
        ("The World Bank approved a new loan to Kenya on Monday, its president, Ana Ruiz, said.",
         ("Ana Ruiz", "World Bank"), ("Ana Ruiz", "Kenya")),
        ("NATO will open a new base in Poland, its secretary general, Lars Sorensen, said on "
         "Tuesday.", ("Lars Sorensen", "North Atlantic Treaty Organization"),
         ("Lars Sorensen", "Poland")),
        ("Chile received a new loan from the IMF, its finance minister, Rosa Vega, said.",
         ("Rosa Vega", "Chile"), ("Rosa Vega", "International Monetary Fund")),
        # "the group's", one body in the clause reported
        ("The Azure Front rejected the ceasefire offer on Sunday, the group's spokesman Hassan "
         "Khalil said.", ("Hassan Khalil", "Azure Front"), None),
        # "said" first, the name first, "according to"
        ("Peru signed a trade pact with Chile on Friday, said the country's foreign minister, "
         "Lucia Paredes.", ("Lucia Paredes", "Peru"), ("Lucia Paredes", "Chile")),
        ("Peru signed a trade pact with Chile on Friday, Lucia Paredes, the country's foreign "
         "minister, said.", ("Lucia Paredes", "Peru"), ("Lucia Paredes", "Chile")),
        ("Peru signed a trade pact with Chile on Friday, the country's foreign minister, Lucia "
         "Paredes, has said.", ("Lucia Paredes", "Peru"), ("Lucia Paredes", "Chile")),
    ],
)  # fmt: skip
def test_the_side_the_clause_tells_of_owns_the_post(facts_of, text, expected, wrong) -> None:  # type: ignore[no-untyped-def]
    got = affiliations(facts_of(text))
    assert expected in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # two countries, two groups: either may be meant
        ("Peru and Chile signed a trade pact on Friday, the country's foreign minister, "
         "Lucia Paredes, said.", "Lucia Paredes"),
        ("The Azure Front and the Crimson Brigade clashed near the border, the group's "
         "spokesman Hassan Khalil said.", "Hassan Khalil"),
    ],
)  # fmt: skip
def test_two_that_fit_leave_the_owner_open(facts_of, text, person) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p, _ in affiliations(facts_of(text))} & {person}


def test_a_possessive_outside_an_attribution_keeps_its_own_rules(facts_of) -> None:  # type: ignore[no-untyped-def]
    # "its" in a conjunct with a verb of its own: the subject before, as before
    text = "Peru signed a trade pact with Chile and its foreign minister, Lucia Paredes, praised it."
    assert ("Lucia Paredes", "Peru") in affiliations(facts_of(text))
