"""Who leads a delegation to a meeting takes part in it: sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("President Omar Kade met a Danish delegation headed by senator Ruth Lange.",
         ("Omar Kade", "Ruth Lange")),
        ("The minister, Ana Pires, held talks with a visiting Kenyan delegation led by "
         "ambassador Paulo Neves.", ("Ana Pires", "Paulo Neves")),
        ("A Peruvian delegation led by Vice President Ines Soto met President Omar Kade on Monday.",
         ("Ines Soto", "Omar Kade")),
        ("President Omar Kade held talks with a trade mission led by Ruth Lange.",
         ("Omar Kade", "Ruth Lange")),
    ],
)  # fmt: skip
def test_the_leader_of_a_delegation_met_its_hosts(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


def test_the_leader_is_not_told_to_meet_the_delegations_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "A Peruvian delegation led by Vice President Ines Soto met President Omar Kade."
    assert pair("Ines Soto", "Peru") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Kade will meet a Danish delegation headed by senator Ruth Lange next week.",
        "President Omar Kade refused to meet a Danish delegation led by Ruth Lange.",
        "President Omar Kade met a Danish delegation on Monday.",  # no leader named
    ],
)
def test_no_leader_met_when_the_meeting_is_not_held_or_no_one_leads(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Omar Kade", "Ruth Lange") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "host", "members"),
    [
        ("The delegation, which included Senator Ada Ekwe and Governor Lou Banda, was received "
         "by Prime Minister Oda Brenn.", "Oda Brenn", ("Ada Ekwe", "Lou Banda")),
        ("A delegation including Finance Minister Rosa Quispe was received by President Ivo "
         "Marek.", "Ivo Marek", ("Rosa Quispe",)),
        ("The Chilean delegation, led by Foreign Minister Ines Soto and including Senator "
         "Tomas Araya, was received by President Omar Kade.", "Omar Kade",
         ("Ines Soto", "Tomas Araya")),
    ],
)  # fmt: skip
def test_the_named_members_of_a_received_delegation_met_the_host(
    facts_of, text: str, host: str, members
) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert {pair(host, m) for m in members} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "The delegation, which included Senator Ada Ekwe, was not received by Prime Minister "
        "Oda Brenn.",
        "A delegation including Senator Ada Ekwe will be received by Prime Minister Oda Brenn.",
        "The delegation, which did not include Senator Ada Ekwe, was received by Prime "
        "Minister Oda Brenn.",
    ],
)
def test_no_meeting_with_a_member_of_a_delegation_not_received(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Oda Brenn", "Ada Ekwe") not in met_pairs(facts_of(text))


def test_the_receiver_is_not_made_a_host_beside_the_delegations_leader(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("The Chilean delegation, led by Foreign Minister Ines Soto, was received by "
            "President Omar Kade.")  # fmt: skip
    assert pair("Ines Soto", "Chile") not in met_pairs(facts_of(text))
