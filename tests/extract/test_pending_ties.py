"""A merger told as ahead by its clause is planned, not done; a merger completed,
announced or agreed stays done, and a deal that will take effect was made.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, pair

_FIRMS = pair("Velcor Holdings", "Brantex Group")


@pytest.mark.parametrize(
    "text",
    [
        "The merger between Velcor Holdings and Brantex Group will go ahead next year.",
        "Velcor Holdings' merger with Brantex Group is expected to close in May.",
        "Velcor Holdings is set to complete its merger with Brantex Group.",
        "Investors accept a merger between Velcor Holdings and Brantex Group.",
        "Regulators approved a merger between Velcor Holdings and Brantex Group.",
    ],
)
def test_a_merger_still_ahead_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert _FIRMS not in cooperation_pairs(facts)
    assert _FIRMS in cooperation_pairs(facts, factual_only=False)  # found, in its mood


@pytest.mark.parametrize(
    "text",
    [
        "Velcor Holdings completed its merger with Brantex Group in May.",
        "The merger between Velcor Holdings and Brantex Group was completed in May.",
        "Velcor Holdings and Brantex Group announced a merger on Monday.",
        "Velcor Holdings has agreed a merger with Brantex Group.",
    ],
)
def test_a_merger_made_stays_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _FIRMS in cooperation_pairs(facts_of(text))


def test_a_deal_made_whose_effect_is_ahead_stays_done(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The trade deal between Peru and Chile will take effect in May.")
    assert pair("Peru", "Chile") in cooperation_pairs(facts)
    assert all(e.kind is not EventKind.MEETING for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "Further muddying the waters is a merger between Velcor Holdings and Brantex Group "
        "which authorities have said will go ahead as planned.",
        "Also in the news is a merger between Velcor Holdings and Brantex Group that would "
        "create Asia's largest brewer.",
        "Another worry is a merger between Velcor Holdings and Brantex Group which is set to "
        "close in May.",
        "Shares rose after a merger between Velcor Holdings and Brantex Group that is set to "
        "create Europe's largest brewer.",
    ],
)
def test_a_merger_ahead_in_its_relative_clause_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert _FIRMS not in cooperation_pairs(facts)
    assert _FIRMS in cooperation_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "The merger between Velcor Holdings and Brantex Group, which was completed last "
        "year, cut 500 jobs.",
        "Velcor Holdings and Brantex Group signed a merger deal that would create the "
        "largest brewer in Asia.",
        # a clause on a party tells of the party, not the tie; a tie told done stays done
        "Velcor Holdings completed its merger with Brantex Group, which will keep its "
        "headquarters in Lima.",
        "Velcor Holdings said its merger with Brantex Group, which would create Peru's "
        "biggest brewer, was completed last year.",
    ],
)
def test_a_merger_made_stays_done_whatever_its_relative_clause(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _FIRMS in cooperation_pairs(facts_of(text))
