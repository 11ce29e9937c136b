"""A tie that has ended names no actor ("his former allies"): sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "President Dan Mabuza met his former allies in Harare on Monday.",
        "Tom Rada met his one-time partners in Lagos on Friday.",
        "Governor Ana Loth met her erstwhile allies at the party office.",
        "Pakistan struck militant hideouts, pitting Islamabad against its former allies.",
    ],
)
def test_former_allies_are_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name.lower() for a in facts.actors}
    assert not any("allies" in n or "partners" in n for n in names)
    assert not met_pairs(facts) and not directed(facts, EventKind.CONFLICT)


def test_a_pair_called_former_allies_still_meets(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Jonas Varga and Petra Lind, former allies, met in Oslo on Sunday.")
    assert pair("Jonas Varga", "Petra Lind") in met_pairs(facts)


def test_current_allies_stay_a_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Russia and its allies attacked Norway on Monday.")
    assert ("Russia", "Norway") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign lenders agreed on Monday to extend new loans to Zambia.",
        "Official creditors pledged debt relief to Malawi on Friday.",
        "International donors pledged $2bn to Haiti on Tuesday.",
        "Some foreign commercial banks agreed to lend $1bn to Ghana.",
    ],
)
def test_a_class_of_lenders_or_donors_is_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert [a.name for a in facts.actors if a.key.startswith("group/")] == []
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Western donors suspended aid to Malawi on Monday.", "Western donors"),
        ("The International Donors Group pledged $2bn to Haiti.", "International Donors Group"),
        ("Chinese lenders agreed to extend new loans to Zambia.", "Zambia"),  # China's
        ("Argentina reached a deal with its creditor banks. The banks agreed to lend "
         "$1bn to Argentina.", "banks"),
    ],
)  # fmt: skip
def test_a_people_a_name_or_the_bare_plural_stays_a_group(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    assert group in {a.name for a in facts_of(text).actors}
