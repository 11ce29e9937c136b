"""Names of bodies the model leaves untagged, found by where they stand: an acronym
coordinated with an actor it does tag, a name right after its kind ("the union
X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


def names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Colombia and the ELN signed a ceasefire agreement on Tuesday.",
            EventKind.COOPERATION,
            ("Colombia", "ELN"),
        ),
        (
            "Peru and the MRTA signed a truce in Lima on Friday.",
            EventKind.COOPERATION,
            ("Peru", "MRTA"),
        ),
    ],
)
def test_an_acronym_beside_a_country_is_a_party(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Sudan and the SPLM resumed in Addis Ababa on Monday.", ("Sudan", "SPLM")),
        ("Ethiopia and the ONLF held talks in Nairobi.", ("Ethiopia", "ONLF")),
    ],
)
def test_talks_between_a_country_and_an_acronym(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        # a measure, a role, a medium: capitals that name no body
        ("Profits and GDP rose in France and Spain last year.", "GDP"),
        ("Renault and its CEO were fined in France.", "CEO"),
    ],
)
def test_capitals_that_name_no_body(facts_of, text: str, not_an_actor: str) -> None:  # type: ignore[no-untyped-def]
    assert not_an_actor not in names(facts_of(text))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The carmaker Ardent signed a deal with the union Velcor.",
            EventKind.COOPERATION,
            ("Ardent", "Velcor"),
        ),
        (
            "The retailer Woolworths signed a deal with the supplier Northgate.",
            EventKind.COOPERATION,
            ("Woolworths", "Northgate"),
        ),
        ("The union Unite met Ford on Monday.", EventKind.MEETING, ("Unite", "Ford")),
    ],
)
def test_a_name_right_after_its_kind_is_a_body(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = met_pairs(facts) if kind is EventKind.MEETING else directed(facts, kind)
    assert (pair(*expected) if kind is EventKind.MEETING else expected) in found


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("The party Chairman said the vote was fair.", "Chairman"),
        ("The airline chief executive said fares would rise.", "chief"),
    ],
)
def test_a_title_after_a_kind_is_no_name(facts_of, text: str, not_an_actor: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(not_an_actor in n for n in names(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The Peru-MRTA talks opened in Lima on Monday.", EventKind.MEETING, ("Peru", "MRTA")),
        ("Uganda-LRA peace talks, hosted by Sudan, resumed on Friday.", EventKind.MEETING,
         ("Uganda", "LRA")),
        ("The Nepal-CPN ceasefire took effect on Sunday.", EventKind.COOPERATION,
         ("Nepal", "CPN")),
        ("The MRTA-Peru talks resumed in Lima on Tuesday.", EventKind.MEETING, ("MRTA", "Peru")),
    ],
)  # fmt: skip
def test_an_acronym_dashed_to_a_country_is_the_other_side(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    found = met_pairs(facts) if kind is EventKind.MEETING else directed(facts, kind)
    assert (pair(*expected) if kind is EventKind.MEETING else expected) in found


@pytest.mark.parametrize(
    "text",
    [
        "The Peru - MRTA talks opened in Lima on Monday.",  # spaced: no pair written as one
        "The Lima-MRTA road reopened on Monday.",  # a city, no country
    ],
)
def test_no_body_from_an_acronym_not_joined_to_a_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("MRTA" in p for p in met_pairs(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        # a name in capitals after a country's possessive is the country's firm or body
        ("Hungary's MVM signed a gas deal with Austria's OMV on Monday.", "MVM", "Hungary"),
        ("Ostrava-based CEZ signed a contract with Germany's RWE.", "RWE", "Germany"),
        ("Chile's ENAP agreed a deal with Peru's PPX on Friday.", "PPX", "Peru"),
    ],
)
def test_a_countrys_acronym_is_its_own_party(  # type: ignore[no-untyped-def]
    facts_of, text: str, party: str, country: str
) -> None:
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert party in {a for p in pairs for a in p}
    assert country not in {a for p in pairs for a in p}


def test_a_countrys_acronym_that_is_a_word_stays_a_word(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Germany's US envoy met the French minister in Paris.")
    assert "US" not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The general secretary of the farm workers union Agrita Tomas Lind criticised "
         "the plans.", "Tomas Lind"),
        ("Leaders of the rail union Railco David Berg criticised the plans.", "David Berg"),
        ("The nurses union Medico Ana Vale said the plans were wrong.", "Ana Vale"),
    ],
)  # fmt: skip
def test_a_bodys_name_run_into_its_heads_is_split(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert person in speakers(facts_of(text))


def test_a_three_word_name_after_a_kind_with_no_given_name_second_stays_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "Tomas Lind Berg" in speakers(
        facts_of("The chairman of the union, Tomas Lind Berg, criticised the plans.")
    )
