"""Envoys summoned, called in or handed a protest: met as well as protested to.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Foreign Minister Tarja Lindqvist summoned the Hungarian ambassador, Imre Fodor, "
            "and warned him about the new law.",
            "Tarja Lindqvist",
            "Imre Fodor",
        ),
        (
            "The Hungarian envoy, Imre Fodor, was summoned by Foreign Minister Tarja Lindqvist "
            "on Monday.",
            "Tarja Lindqvist",
            "Imre Fodor",
        ),
        (
            "Vice Minister Oren Baltz summoned the Brazilian ambassador, Caio Mendes, to lodge "
            "a protest.",
            "Oren Baltz",
            "Caio Mendes",
        ),
        ("Peru summoned the Chilean ambassador on Tuesday.", "Peru", "Chile"),
        (
            "Deputy Foreign Minister Olga Resnik summoned the Danish ambassador in Vilnius over "
            "the cartoons.",
            "Olga Resnik",
            "Denmark",
        ),
        ("Estonia summoned the Belarusian charge d'affaires on Friday.", "Estonia", "Belarus"),
    ],
)
def test_a_summoned_envoy_is_met(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Foreign Minister Ruth Amsel called in the Greek envoy, Nikos Pappas, on Monday.",
            "Ruth Amsel",
            "Nikos Pappas",
        ),
        (
            "The Greek ambassador, Nikos Pappas, was called in by Vice Minister Ruth Amsel.",
            "Ruth Amsel",
            "Nikos Pappas",
        ),
        (
            "Foreign Minister Hugo Falk summoned Ghana's high commissioner, Kwame Asante, "
            "on Monday.",
            "Hugo Falk",
            "Kwame Asante",
        ),
    ],
)
def test_an_envoy_called_in_is_met(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Foreign Minister Rita Kool handed the Austrian ambassador a note of protest.",
            "Rita Kool",
            "Austria",
        ),
        (
            "Foreign Minister Rita Kool gave the Austrian envoy a protest note on Friday.",
            "Rita Kool",
            "Austria",
        ),
        (
            "Foreign Minister Rita Kool delivered a protest to the Austrian envoy on Friday.",
            "Rita Kool",
            "Austria",
        ),
    ],
)
def test_a_protest_handed_to_an_envoy_is_a_meeting_and_a_protest(
    facts_of, text: str, a: str, b: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(a, b) in met_pairs(facts)
    assert (a, b) in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Under Secretary Tove Arnesen received the Italian charge d'affaires, Dr. Paolo Greco, "
            "for ten minutes.",
            "Paolo Greco",
            "Italy",
        ),
        (
            "Norway summoned the Italian chargé d'affaires, Paolo Greco, on Monday.",
            "Paolo Greco",
            "Italy",
        ),
        (
            "The Italian charge d'affaires, Paolo Greco, was summoned by Norway.",
            "Paolo Greco",
            "Italy",
        ),
    ],
)
def test_a_charge_d_affaires_serves_his_state(facts_of, text: str, person: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, state) in affiliations(facts_of(text))


def test_a_named_charge_d_affaires_received_is_met(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Under Secretary Tove Arnesen received the Italian charge d'affaires, Dr. Paolo Greco, "
        "for ten minutes."
    )
    assert pair("Tove Arnesen", "Paolo Greco") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Foreign Minister Ardo Tamm threatened to summon the Latvian ambassador.",
            "Ardo Tamm",
            "Latvia",
        ),
        (
            "Foreign Minister Ardo Tamm will summon the Latvian ambassador next week.",
            "Ardo Tamm",
            "Latvia",
        ),
        ("Foreign Minister Ardo Tamm did not summon the Latvian envoy.", "Ardo Tamm", "Latvia"),
        (
            "Foreign Minister Ardo Tamm may summon the Latvian ambassador if the raids go on.",
            "Ardo Tamm",
            "Latvia",
        ),
        ("Peru summoned its ambassador to Chile home for consultations.", "Peru", "Chile"),
        ("Peru recalled its ambassador from Chile on Tuesday.", "Peru", "Chile"),
        (
            "Foreign Minister Rita Kool handed the Austrian ambassador a letter of thanks.",
            "Rita Kool",
            "Austria",
        ),
    ],
)
def test_no_meeting_with_an_envoy_not_brought_in(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Olek Vaino summoned a meeting of the cabinet on Sunday.",
        "President Dara Kovac summoned the cabinet to discuss the budget.",
        "Prime Minister Olek Vaino summoned his ministers to an emergency session.",
    ],
)
def test_a_summons_of_no_envoy_is_no_meeting_or_protest(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)
    assert not directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Italian ambassador was summoned to the Austrian foreign ministry on Tuesday.",
        "The Italian ambassador was summoned to the foreign ministry in Vienna on Tuesday.",
        "Italy's envoy was summoned to the ministry of foreign affairs in Vienna on Tuesday.",
    ],
)
def test_an_envoy_summoned_to_a_states_ministry_meets_that_state(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Austria", "Italy") in met_pairs(facts)
    assert ("Austria", "Italy") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Italian ambassador was summoned to the foreign ministry on Tuesday.",
        "The Austrian ambassador was summoned to the foreign ministry in Vienna on Tuesday.",
        "The Italian ambassador was not summoned to the Austrian foreign ministry.",
    ],
)
def test_no_state_summons_when_none_is_named_or_it_is_denied(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Austria", "Italy") not in met_pairs(facts)
    assert ("Austria", "Italy") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Foreign Minister Tarja Lindqvist summoned the Hungarian ambassador, Imre Fodor, and "
            "warned him that the talks were at risk.",
            "Tarja Lindqvist",
            "Imre Fodor",
        ),
        (
            "Foreign Minister Tarja Lindqvist summoned the Hungarian envoy, Imre Fodor, and "
            "cautioned him that the talks were at risk.",
            "Tarja Lindqvist",
            "Imre Fodor",
        ),
        (
            "Foreign Minister Tarja Lindqvist called in the Hungarian ambassador, Eva Kiss, and "
            "warned her that the visit would be cancelled.",
            "Tarja Lindqvist",
            "Eva Kiss",
        ),
    ],
)
def test_a_warning_to_the_envoy_summoned_is_a_protest_to_him(
    facts_of, text: str, a: str, b: str
) -> None:  # type: ignore[no-untyped-def]
    assert (a, b) in directed(facts_of(text), EventKind.CONFLICT)


def test_telling_the_envoy_summoned_is_no_protest_to_him(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreign Minister Tarja Lindqvist summoned the Hungarian ambassador, Imre Fodor, and "
        "told him that the talks would resume."
    )
    assert ("Tarja Lindqvist", "Imre Fodor") not in directed(facts_of(text), EventKind.CONFLICT)
