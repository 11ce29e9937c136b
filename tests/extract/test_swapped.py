"""Swaps of captives: cooperation between the sides that trade them, never a tie
between a side and the people freed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Chile and Peru swapped two alleged spies at the border.", ("Chile", "Peru")),
        ("Chile and Peru exchanged the bodies of six sailors on Friday.", ("Chile", "Peru")),
        ("Chile and Bolivia exchanged the remains of fallen soldiers.", ("Chile", "Bolivia")),
        ("Peru and Ecuador swapped 40 soldiers on Tuesday.", ("Peru", "Ecuador")),
        ("Peru and Ecuador traded prisoners after the war.", ("Peru", "Ecuador")),
        ("Chile and Bolivia exchanged 12 servicemen on Monday.", ("Chile", "Bolivia")),
    ],
)
def test_what_sides_trade_in_a_swap_makes_it_one(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Chile and Peru exchanged detainees on Sunday, releasing Ana Ruiz and Olaf Brenner.",
            ("Ana Ruiz", "Olaf Brenner"),
        ),
        (
            "Chile and Peru swapped prisoners, freeing Nadia Haddad and Tomas Lind.",
            ("Nadia Haddad", "Tomas Lind"),
        ),
        (
            "Chile and Peru exchanged prisoners on Monday and freed Olaf Brenner.",
            ("Olaf Brenner",),
        ),
        ("Chile freed Olaf Brenner in exchange for two sailors.", ("Olaf Brenner",)),
        ("Chile released Olaf Brenner in return for Nadia Haddad.", ("Olaf Brenner",)),
    ],
)
def test_the_people_freed_in_a_swap_are_no_partners(facts_of, text: str, people) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert not {p for p in found for person in people if person in p}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru exchanged detainees on Sunday, releasing Ana Ruiz and Olaf Brenner.",
        "Chile and Peru swapped prisoners, freeing Nadia Haddad and Tomas Lind.",
    ],
)
def test_a_swap_with_people_named_stays_a_swap(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Chile freed Ana Ruiz in exchange for Olaf Brenner, an engineer held by Peru.",
            ("Chile", "Peru"),
        ),
        (
            "Chile released Ana Ruiz in exchange for a pilot jailed in Bolivia.",
            ("Chile", "Bolivia"),
        ),
        (
            "Chile freed Ana Ruiz in return for Olaf Brenner, who had been held by Peru.",
            ("Chile", "Peru"),
        ),
    ],
)
def test_a_release_for_someone_another_state_holds_is_a_swap_with_it(
    facts_of,  # type: ignore[no-untyped-def]
    text: str,
    sides,  # type: ignore[no-untyped-def]
) -> None:
    assert pair(*sides) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru did not exchange prisoners last year.",
        "Chile and Peru could swap the bodies of the sailors next month.",
        "Chile freed Ana Ruiz in exchange for a pilot held in Lima.",
        "The prisoners exchanged letters with their families.",
        "Chile and Peru exchanged views on the border.",
    ],
)
def test_no_swap_without_one_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert pair("Chile", "Peru") not in found
    assert not any("Ana Ruiz" in p for p in found)


def test_a_release_traded_for_nationals_still_yields_to_their_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(
        facts_of("Chile freed two Peruvian fishermen in exchange for a pilot.")
    )
    assert pair("Chile", "Peru") in found


@pytest.mark.parametrize(
    ("text", "person", "sides"),
    [
        ("Chile freed Ana Ruiz under a deal with Peru.", "Ana Ruiz", ("Chile", "Peru")),
        ("Chile released Olaf Brenner under an agreement with Peru on Sunday.", "Olaf Brenner",
         ("Chile", "Peru")),
        ("Chile freed Ana Ruiz as part of a deal with Peru.", "Ana Ruiz", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_the_one_freed_under_a_deal_is_no_partner(facts_of, text: str, person: str, sides) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert not {p for p in found if person in p}
    assert pair(*sides) in found  # the deal is between the states


def test_a_release_with_no_deal_still_yields(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Ana Ruiz") in cooperation_pairs(
        facts_of("Chile freed Ana Ruiz on Sunday.")
    )
    # captives named by their nation still yield to it under a deal
    found = cooperation_pairs(facts_of("Chile freed two Bolivian sailors under a deal with Peru."))
    assert pair("Chile", "Bolivia") in found
