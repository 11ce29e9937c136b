"""A body named with its country is that country's (kg.extract.country_bodies): sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, memberships


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Brazilian central bank raised rates.", ("Brazilian central bank", "Brazil")),
        ("Chile's National Bank cut rates.", ("Chile National Bank", "Chile")),
        ("The central bank of Peru cut rates.", ("Peru central bank", "Peru")),
    ],
)
def test_a_central_bank_belongs_to_its_state(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wang Lu was head of China Lotus Bank.",  # a lender named after its country
        "The race is backed by the UK's Royal Wessex Bank.",
        "Anil Rao stepped down as vice-chairman of Indian Polymer Corporation (IPC).",
    ],
)
def test_a_company_is_no_member_of_its_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(group in {"China", "United Kingdom", "India"}
                   for _, group in memberships(facts_of(text)))  # fmt: skip


def test_a_name_of_a_place_the_gazetteer_lacks_makes_no_body_of_a_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "House of Alderney", a shop the model cut in two, is no house of a country;
    "the parliament of Hungary" is Hungary's."""
    assert not memberships(facts_of("Shares fell after House of Alderney said sales were weak."))
    assert ("Hungary parliament", "Hungary") in memberships(
        facts_of("The parliament of Hungary condemned Chile.")
    )


def test_a_named_council_of_a_country_is_no_body_of_its_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "the Sikh Council of Kenya" is a name of its own, not Kenya's council."""
    assert not memberships(facts_of("The Sikh Council of Kenya urged calm."))
    assert ("Peru foreign ministry", "Peru") in memberships(
        facts_of("The foreign ministry of Peru condemned Chile.")
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ana Ruiz, head of Spain's Gibraltar Affairs Office, said talks would resume.",
         "Gibraltar"),
        ("A spokesman for the Taiwan Affairs Office in Beijing, Li Wen, condemned the visit.",
         "Taiwan"),
        ("Mark Hill, director of the Kosovo Affairs Office, said the border would open.",
         "Kosovo"),
    ],
)  # fmt: skip
def test_a_place_a_body_deals_with_is_not_its_owner(facts_of, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    """ "the Gibraltar Affairs Office" deals with Gibraltar; it is not Gibraltar's, and
    neither is its head."""
    facts = facts_of(text)
    assert not any(group == place for _, group in memberships(facts))
    assert not any(body == place for _, body in affiliations(facts))
    assert any(body.endswith("Affairs Office") for _, body in affiliations(facts))


def test_a_body_dealing_with_another_place_still_belongs_to_its_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chen Mei, minister of Taiwan's Mainland Affairs Council, rejected the proposal."
    assert ("Mainland Affairs Council", "Taiwan") in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("South Korean National Assembly Speaker Park Soo-bin said on Monday that the vote "
         "would go ahead.", "Park Soo-bin", "South Korea"),
        ("Philippine Senate President Ramon Cruz said the chamber would hold hearings.",
         "Ramon Cruz", "Philippines"),
        ("Kenyan National Assembly Speaker Amina Waweru said the house would sit on Tuesday.",
         "Amina Waweru", "Kenya"),
    ],
)  # fmt: skip
def test_a_legislature_named_with_a_demonym_is_its_countrys(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    """A legislature the model tags whole with its country's demonym ("South Korean
    National Assembly") is that country's, and its speaker holds a post for it."""
    assert (person, country) in affiliations(facts_of(text))


def test_a_national_council_stays_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    """Opposition movements are named "National Council" too: no state's organ."""
    facts = facts_of("Syrian National Council head Karim Nassar said the talks had failed.")
    assert ("Karim Nassar", "Syria") not in affiliations(facts)
    facts = facts_of("Philippine Senate President Ramon Cruz said the chamber would sit.")
    assert ("Philippine Senate", "Philippines") in memberships(facts)
