"""A person's name the parser hangs inside the post set off after it: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "Felipe Arce, Bolivia's president, and Luis Paz, Paraguay's president, signed a gas "
        "deal on Friday.",
        "Felipe Arce, Bolivia's energy minister, and Luis Paz, Paraguay's energy minister, "
        "signed a gas deal.",
        "Felipe Arce, Bolivia's president, and Luis Paz, Paraguay's leader, signed a gas deal.",
    ],
)
def test_the_second_name_of_a_listed_pair_holds_its_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "A, X's post, and B, Y's post, signed": B is Y's, and B signed (not Y)."""
    facts = facts_of(text)
    assert ("Luis Paz", "Paraguay") in affiliations(facts)
    assert ("Felipe Arce", "Luis Paz") in directed(facts, EventKind.COOPERATION)


def test_the_second_name_is_met_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Marta Silva of Brazil met Felipe Arce, Bolivia's president, and Luis Paz, "
        "Paraguay's president, on Friday."
    )
    assert pair("Marta Silva", "Luis Paz") in met_pairs(facts)
    assert pair("Marta Silva", "Paraguay") not in met_pairs(facts)


def test_a_country_after_a_name_with_no_post_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    """No title after the country: "Luis Paz, Paraguay's" names no post."""
    facts = facts_of("Felipe Arce met Luis Paz, Paraguay's and Chile's friend, on Friday.")
    assert not {t for t in affiliations(facts) if t[0] == "Luis Paz"}
