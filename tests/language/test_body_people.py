"""People an international body sends stand for it ("an IMF team", "Red Cross
workers", "the WHO's team"); a country's team, a firm's staff and a former team do
not: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair

WHO = "World Health Organization"
IMF = "International Monetary Fund"
RED_CROSS = "International Committee of the Red Cross"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An IMF team met Finance Minister Odo Varn in Accra on Monday.", pair(IMF, "Odo Varn")),
        ("Finance Minister Odo Varn met an IMF team on Monday.", pair(IMF, "Odo Varn")),
        ("Talks between an IMF team and Odo Varn ended on Friday.", pair(IMF, "Odo Varn")),
        ("Odo Varn met the WHO's team in Accra on Monday.", pair(WHO, "Odo Varn")),
        ("The WHO team and Odo Varn met on Monday.", pair(WHO, "Odo Varn")),
        ("An African Union team met President Iva Lorne on Friday.",
         pair("African Union", "Iva Lorne")),
        ("The Red Cross team was received by Governor Ilan Mor on Tuesday.",
         pair(RED_CROSS, "Ilan Mor")),
    ],
)  # fmt: skip
def test_a_body_s_team_meets_for_the_body(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Red Cross workers met Governor Ilan Mor on Tuesday.", pair(RED_CROSS, "Ilan Mor")),
        ("Odo Varn met with a team of WHO experts on Monday.", pair(WHO, "Odo Varn")),
        ("EU experts met Turkish officials in Ankara on Monday.", pair("European Union", "Turkey")),
        ("UN weapons inspectors met Iraqi officials in Baghdad.", pair("United Nations", "Iraq")),
        ("Doctors from the WHO met Odo Varn on Monday.", pair(WHO, "Odo Varn")),
        ("Odo Varn held talks with WADA investigators on Tuesday.",
         pair("World Anti-Doping Agency", "Odo Varn")),
    ],
)  # fmt: skip
def test_a_body_s_workers_and_experts_meet_for_it(
    facts_of, text: str, expected: frozenset[str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A WHO team criticised Health Minister Odo Varn on Tuesday.", (WHO, "Odo Varn")),
        ("Red Cross workers were attacked by Syrian troops on Monday.", ("Syria", RED_CROSS)),
        ("An IMF team condemned Health Minister Odo Varn on Tuesday.", (IMF, "Odo Varn")),
    ],
)
def test_a_body_s_team_acts_for_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The British curling team met Odo Varn on Monday.",  # a country's team
        "The former UN team met Odo Varn on Monday.",  # no longer the body's
        "A team like the WHO's met Odo Varn on Monday.",
        "Acme workers met Odo Varn on Monday.",  # a firm's staff
        "A team of doctors from Paris met Odo Varn on Monday.",  # a city
        "An IMF team will meet Odo Varn next week.",  # planned
        "Odo Varn refused to meet the WHO team on Monday.",
    ],
)
def test_teams_no_body_sends_meet_for_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {n for p in met_pairs(facts_of(text)) for n in p}
    assert not names & {WHO, IMF, "United Nations", "United Kingdom", "Paris", "Acme"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A WHO Marburg team met Health Minister Odo Varn on Tuesday.", (WHO, "Odo Varn")),
        ("WHO Marburg experts met Health Minister Odo Varn on Tuesday.", (WHO, "Odo Varn")),
        ("Health Minister Odo Varn met a WHO Marburg team on Tuesday.", (WHO, "Odo Varn")),
    ],
)
def test_a_body_s_team_named_with_its_field_meets_for_it(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


def test_a_firm_s_team_named_with_a_field_meets_for_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    names = {
        n for p in met_pairs(facts_of("An Acme Marburg team met Odo Varn on Tuesday.")) for n in p
    }
    assert not names & {WHO, "Acme", "Acme Marburg"}
