"""A state's measure on another country's nationals, named by a noun (arrest
warrants, detention): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Finland has issued an arrest warrant for an Estonian trucker.", ("Finland", "Estonia")),
        ("A court in Austria issued arrest warrants for four Hungarian drivers.",
         ("Austria", "Hungary")),
        ("A Greek court issued a warrant for the arrest of a Turkish reporter.",
         ("Greece", "Turkey")),
        ("Arrest warrants were issued by a court in Austria for two Czech engineers.",
         ("Austria", "Czech Republic")),
        ("Finland issued an arrest warrant against an Estonian businessman on Friday.",
         ("Finland", "Estonia")),
        ("Egypt's detention of three Libyan fishermen drew protests.", ("Egypt", "Libya")),
    ],
)  # fmt: skip
def test_a_states_warrant_for_foreign_nationals_acts_on_their_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_a_warrant_that_may_be_issued_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Finland could issue arrest warrants for two Estonian truckers.")
    assert ("Finland", "Estonia") in directed(facts, EventKind.CONFLICT, factual_only=False)
    assert ("Finland", "Estonia") not in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Militants issued a warrant for two Estonian truckers.",  # no state
        "A court in Finland issued an arrest warrant for a Finnish banker.",  # its own national
        "A Finnish court issued arrest warrants for two Finnish bankers living in Estonia.",
        "The International Criminal Court issued arrest warrants for two Estonian men.",
    ],
)
def test_no_warrant_acts_on_a_country_without_a_foreign_national(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT, factual_only=False)
    assert not any(t in {"Estonia", "Finland"} for _, t in pairs)
