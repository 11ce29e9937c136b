"""A state's organ of a kind it has many of, told by its demonym alone, is no body
of its own (kg.language.bare_organs): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, memberships, pair, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian ministry to hire teachers\nThe government of Peru plans to hire 5,000 "
        "teachers next year.",
        "The Kenyan ministry said on Monday that fuel prices would rise.",
        "The Zambian ministry has approved the sale of the mine, officials said.",
    ],
)
def test_a_demonym_and_a_bare_ministry_name_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.name.lower().endswith(("ministry", "department")) for a in facts.actors)
    assert not memberships(facts)


def test_the_bare_ministry_speaks_for_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Kenyan ministry said on Monday that fuel prices would rise.")
    assert speakers(facts) == {"Kenya"}


@pytest.mark.parametrize("demonym", ["Kenyan", "Zambian"])
def test_the_bare_ministry_acts_for_its_country(facts_of, demonym: str) -> None:  # type: ignore[no-untyped-def]
    country = demonym[:-1]
    accused = facts_of(f"The {demonym} ministry accused Velcor Mining of dodging taxes on Monday.")
    assert (country, "Velcor Mining") in directed(accused, EventKind.CONFLICT)
    signed = facts_of(f"The {demonym} ministry signed a deal with Velcor Mining on Monday.")
    assert pair(country, "Velcor Mining") in cooperation_pairs(signed)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kazakh foreign ministry said on Monday that talks would resume.",
         "foreign ministry"),
        ("The Peruvian Finance Ministry said on Monday that growth had slowed.",
         "Finance Ministry"),
    ],
)  # fmt: skip
def test_a_field_names_the_body(facts_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert any(body.lower() in s.lower() for s in speakers(facts_of(text)))
