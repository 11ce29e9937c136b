"""Memberships: sentences written for these tests."""

from __future__ import annotations

from tests.helpers import memberships


def test_list_after_a_dash(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(
        facts_of(
            "Officials from the three European parties to the NPT -- France, Germany and Britain -- met."
        )
    )
    npt = "Treaty on the Non-Proliferation of Nuclear Weapons"
    assert {("France", npt), ("Germany", npt), ("United Kingdom", npt)} <= got


def test_list_after_a_colon_refers_back_to_the_deal(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(
        facts_of(
            "The Paris Agreement was signed in 2015. The signatories to the deal: Chile, Peru and Mexico."
        )
    )
    assert {("Chile", "Paris Agreement"), ("Peru", "Paris Agreement")} <= got


def test_appositive_member(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("Paris, a permanent member of the U.N. Security Council, objected."))
    assert ("France", "United Nations Security Council") in got


def test_copula_member(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("Turkey is a member of NATO."))
    assert ("Turkey", "North Atlantic Treaty Organization") in got


def test_seat_on_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(
        facts_of("Brazil will use its seat on the U.N. Security Council to push the plan.")
    )
    assert ("Brazil", "United Nations Security Council") in got


def test_other_members(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = memberships(facts_of("Sweden paid more than other EU states."))
    assert ("Sweden", "European Union") in got


def test_no_membership_from_co_occurrence(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of("Kenya criticised NATO on Monday.")) == set()
