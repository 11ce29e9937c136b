"""A body's short form is the one body of its article it may name, and none when two
may: sentences written for these tests."""

from __future__ import annotations

from kg.records import EventKind
from tests.helpers import directed, speakers


def test_the_commission_after_one_commission_is_that_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The European Commission opened an inquiry into Hungary's budget on Monday. "
        "The Commission accused Budapest of breaking EU rules."
    )
    assert ("European Commission", "Hungary") in directed(facts, EventKind.CONFLICT)


def test_the_commission_after_two_commissions_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The European Commission and the African Union Commission held talks in Addis "
        "Ababa. The Commission later criticised Sudan."
    )
    assert not any(t == "Sudan" for _, t in directed(facts, EventKind.CONFLICT))


def test_the_committee_after_two_committees_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The House Armed Services Committee questioned Pentagon officials on Tuesday. The "
        "Senate Intelligence Committee also met on Tuesday. The committee later criticised "
        "Russia."
    )
    assert not any(t == "Russia" for _, t in directed(facts, EventKind.CONFLICT))


def test_the_committee_after_one_committee_is_that_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Senate Foreign Relations Committee met Mexican officials in Washington on "
        "Tuesday. The committee later criticised Mexico's energy policy."
    )
    assert ("Senate Foreign Relations Committee", "Mexico") in directed(facts, EventKind.CONFLICT)


def test_a_bank_named_with_of_keeps_its_short_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Central Bank of Ireland held rates on Monday. Shares in Harlow Bank rose. "
        "The Bank of England also held rates. In a report, the Bank said inflation would fall."
    )
    assert "Bank of England" in speakers(facts)
