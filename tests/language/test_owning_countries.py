"""A country's possessive before a person's name ties the person to the country;
the name stays the person's: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, speakers


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Israel's Avi Ronen criticised Iran on Wednesday.", "Avi Ronen", "Israel"),
        ("Somalia's president met Kenya's William Otieno in Nairobi.", "William Otieno", "Kenya"),
        ("Ukraine's Zelensky said on Monday that the talks had failed.", "Zelensky", "Ukraine"),
        ("Chile's Tomas Ferrer met the Peruvian envoy in Lima.", "Tomas Ferrer", "Chile"),
    ],
)
def test_a_countrys_possessive_ties_the_person(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    facts = facts_of(text)
    assert (person, country) in affiliations(facts)
    assert person in {a.name for a in facts.actors}


def test_the_person_still_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Israel's Avi Ronen criticised Iran on Wednesday.")
    assert ("Avi Ronen", "Iran") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Lima's Ana Ruiz said the city would sue the contractor.",  # a city's
        "Japan Airlines signed a deal with Boeing on Monday.",  # a firm's name
    ],
)
def test_no_country_post_from_a_city_or_a_firm(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {c for _, c in affiliations(facts)} & {"Peru", "Japan"}


def test_a_city_possessive_leaves_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "Ana Ruiz" in speakers(facts_of("Lima's Ana Ruiz said the city would sue."))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("The envoy held talks with Bolivia's Quisbertu on Friday.", "Quisbertu", "Bolivia"),
        ("Mali's president met Niger's Tchiombiano in Bamako.", "Tchiombiano", "Niger"),
        (
            "The minister criticised Chile's Ignacio Barrientez on Monday.",
            "Ignacio Barrientez",
            "Chile",
        ),
    ],
)
def test_the_party_met_or_criticised_is_the_countrys(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    assert (person, country) in affiliations(facts_of(text))


def test_no_country_post_from_talks_between_firms(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Germany's Siemens held talks with France's Alstom on Monday.")
    assert not {c for _, c in affiliations(facts)} & {"France", "Germany"}


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a name no given-name list holds, given a post after the country's possessive
        ("The assembly elected Kenya's Otieno Kamau as its president on Thursday.",
         "Otieno Kamau", "Kenya"),
        ("Delegates at the World Health Organization elected Nepal's Binod Thapa as board "
         "chair on Friday.", "Binod Thapa", "Nepal"),
        ("Mongolia's Batbayar Tsend, the foreign minister, said the deal was signed.",
         "Batbayar Tsend", "Mongolia"),
        ("Kenya's Otieno Kamau was elected council president on Thursday.", "Otieno Kamau",
         "Kenya"),
    ],
)  # fmt: skip
def test_a_name_given_a_post_is_the_countrys_person(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    facts = facts_of(text)
    assert (person, country) in affiliations(facts)
    assert person in {a.name for a in facts.actors if a.key.startswith("person/")}


def test_the_person_given_a_post_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Mongolia's Batbayar Tsend, the foreign minister, said the deal was signed."
    assert "Batbayar Tsend" in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Rift Valley was hit by floods, officials said.",
        "Brazil's Amazon Basin lost more forest this year, the report said.",
        "Peru's Central Bank raised interest rates on Thursday.",
        "Germany's Rhein Werke, the engineering group, said profits rose.",
    ],
)
def test_no_person_from_a_place_a_bank_or_a_firm(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a.key.startswith("person/") for a in facts_of(text).actors)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar hired Britain's Halvard Capital as its adviser on the merger.",
        "Ghana named Germany's Vornholt Partners as its adviser on the sale.",
        "Kenya appointed France's Korvath Associates as manager of the fund.",
    ],
)
def test_a_firm_given_a_post_is_no_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.key.startswith("person/") for a in facts.actors)


def test_a_person_whose_surname_ends_firms_names_is_given_a_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kenya named Britain's Ruth Mills its envoy to the talks.")
    assert ("Ruth Mills", "United Kingdom") in affiliations(facts)
