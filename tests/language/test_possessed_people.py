"""A surname alone right after a country's possessive is a person's, whatever the
model tagged it: sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from kg.records import ActorType
from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ghana's Osabutey met Togo's Kpelawu in Accra on Monday.", "Osabutey", "Kpelawu"),
        ("Peru's Quilcate held talks with Chile's Barrientez in Lima.", "Quilcate", "Barrientez"),
        ("Kenya's Wekesiro spoke with Uganda's Ssemwogo on Tuesday.", "Wekesiro", "Ssemwogo"),
    ],
)
def test_both_sides_are_people_met(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(a, b) in met_pairs(facts)
    people = {x.name for x in facts.actors if x.type == ActorType.PERSON}
    assert {a, b} <= people


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Mali's president met Niger's Tchiombiano in Bamako.", "Tchiombiano", "Niger"),
        ("The envoy held talks with Bolivia's Quisbertu on Friday.", "Quisbertu", "Bolivia"),
        ("Ghana's Osabutey met Togo's Kpelawu in Accra on Monday.", "Osabutey", "Ghana"),
    ],
)
def test_the_party_met_is_the_countrys(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    assert (person, country) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russia's Chechnya voted on Sunday.", "Chechnya"),  # a region the place list knows
        ("Nigeria's Borno state was attacked on Monday.", "Borno"),  # a noun's modifier
        ("Spain's Davis Cup team lost.", "Davis"),
    ],
)
def test_no_person_from_a_place_or_a_modifier(facts_of, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(word in x.name for x in facts.actors if x.type == ActorType.PERSON)


def test_spoken_with_ties_both(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("On Tuesday, Kenya's Wekesiro met Uganda's Ssemwogo in Kampala.")
    assert {("Wekesiro", "Kenya"), ("Ssemwogo", "Uganda")} <= affiliations(facts)
