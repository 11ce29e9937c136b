"""Owners each with their own possessive before one plural post: sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Dieter Ramsauer and Luc Verhoeven, Germany's and Belgium's finance chiefs, met "
            "in Brussels on Monday.",
            {("Dieter Ramsauer", "Germany"), ("Luc Verhoeven", "Belgium")},
        ),
        (
            "Norway's and Denmark's envoys, Lars Brekke and Mette Vinding, met in Oslo on Tuesday.",
            {("Lars Brekke", "Norway"), ("Mette Vinding", "Denmark")},
        ),
        (
            "Chile's and Peru's foreign ministers, Rodrigo Salas and Ines Quispe, signed the "
            "accord.",
            {("Rodrigo Salas", "Chile"), ("Ines Quispe", "Peru")},
        ),
        (
            "Marek Nowicki and Jonas Petraitis, Poland's and Lithuania's defence ministers, "
            "agreed to hold joint drills.",
            {("Marek Nowicki", "Poland"), ("Jonas Petraitis", "Lithuania")},
        ),
    ],
)
def test_each_owner_holds_the_post_for_one_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    """ "A's and B's envoys, X and Y": X is A's, Y is B's (not both B's)."""
    assert affiliations(facts_of(text)) == ties


def test_the_first_owner_is_no_party_to_the_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway's and Denmark's envoys, Lars Brekke and Mette Vinding, met in Oslo.")
    assert met_pairs(facts) == {pair("Lars Brekke", "Mette Vinding")}


@pytest.mark.parametrize(
    "text",
    [
        # three owners, two names: whose is whose is unsaid
        "Lars Brekke and Mette Vinding, Norway's, Sweden's and Denmark's envoys, met in Oslo.",
        # one owner for both
        "Lars Brekke and Mette Vinding, Norway's envoys, met in Oslo.",
    ],
)
def test_no_owner_for_a_name_when_counts_differ(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    ties = affiliations(facts_of(text))
    assert ("Lars Brekke", "Denmark") not in ties and ("Mette Vinding", "Sweden") not in ties


def test_a_plural_that_is_no_post_is_left_alone(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Germany's and Belgium's exports": no post, no one holds it."""
    facts = facts_of("Dieter Ramsauer said Germany's and Belgium's exports, cars and steel, rose.")
    assert not affiliations(facts)
