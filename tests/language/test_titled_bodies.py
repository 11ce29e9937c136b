"""A state's force or an international body's organ named right before a title and
a person's name: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.gazetteer import gazetteer
from kg.language.titled_bodies import force_country
from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "person", "body", "country"),
    [
        ("Nigerian Army spokesman Brigadier General Sani Musa said the attack had been "
         "repelled.", "Sani Musa", "Nigerian Army", "Nigeria"),
        ("Ghanaian Navy chief Rear Admiral Kofi Mensah visited Togo on Monday.",
         "Kofi Mensah", "Ghanaian Navy", "Ghana"),
        ("Kenyan Air Force commander Major General John Otieno said the jets had returned.",
         "John Otieno", "Kenyan Air Force", "Kenya"),
        ("Ugandan Police spokesman Fred Okello said three suspects were held.",
         "Fred Okello", "Ugandan Police", "Uganda"),
        ("Senegalese Army chief of staff General Amadou Diallo met Gambian officers.",
         "Amadou Diallo", "Senegalese Army", "Senegal"),
        ("Brazilian Navy commander Admiral Paulo Silva said the frigate had sailed.",
         "Paulo Silva", "Brazilian Navy", "Brazil"),
    ],
)  # fmt: skip
def test_a_force_before_a_post_is_a_body_of_its_country(facts_of, text, person, body, country) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    got = affiliations(facts)
    assert {(person, body), (person, country)} <= got
    assert not any(name in {"Rear", "Admiral"} for name in (a.name for a in facts.actors))


def test_an_organ_of_an_international_body_before_a_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "ECOWAS Commission President Musa Jallow met the Malian foreign minister in Bamako."
    assert ("Musa Jallow", "ECOWAS Commission") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's adjective alone: the country only
        ("Nigerian spokesman Sani Musa said the attack had been repelled.",
         {("Sani Musa", "Nigeria")}),
        # common words: the country's forces, the country
        ("Sudanese army commander Ali Osman said the truce held.", {("Ali Osman", "Sudan")}),
    ],
)  # fmt: skip
def test_no_body_without_its_name(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert affiliations(facts_of(text)) == expected


def test_a_force_that_acts_is_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Nigerian Army said the attack had been repelled.")
    assert speakers(facts) == {"Nigeria"}


@pytest.mark.parametrize(
    ("name", "country"),
    [("Nigerian Army", "Nigeria"), ("Kenyan Air Force", "Kenya"), ("the Ghana Navy", "Ghana"),
     ("Nigerian army", None), ("Free Syrian Army", None), ("Kenyan Air Force Academy", None),
     ("Peruvian Navy Band", None)],
)  # fmt: skip
def test_force_country(name: str, country: str | None) -> None:
    entry = force_country(gazetteer(), name)
    assert (entry.name if entry is not None else None) == country


@pytest.mark.parametrize(
    ("text", "person", "force"),
    [
        ("Mongolian Armed Forces chief Gen. Dorj Altan said the exercise had ended.",
         "Dorj Altan", "Mongolian Armed Forces"),
        ("Kenyan Army spokesman Col. Peter Mwangi said troops would stay in the north.",
         "Peter Mwangi", "Kenyan Army"),
        ("Nigerian Navy chief Vice Adm. Ade Okon said the patrols would go on.",
         "Ade Okon", "Nigerian Navy"),
    ],
)  # fmt: skip
def test_a_short_rank_between_post_and_name(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, force: str
) -> None:
    """A rank written short ("Gen.", "Col.") between the post and the name still leaves
    the force a body of its own, whose post the holder holds."""
    assert (person, force) in affiliations(facts_of(text))
