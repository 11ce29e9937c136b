"""A fight "with" one side, hung on a clause whose subject is the other side."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas withdrew after fierce clashes with Israeli forces.", ("Hamas", "Israel")),
        ("Israel lost three soldiers in fighting with Hezbollah.", ("Israel", "Hezbollah")),
        (
            "Syria said it had pulled back its troops after skirmishes with Turkish forces.",
            ("Syria", "Turkey"),
        ),
    ],
)
def test_clause_subject_is_the_other_side(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert expected in found
    assert expected[::-1] in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia's losses mounted in the conflict with Azerbaijan.", ("Armenia", "Azerbaijan")),
        ("India's casualties grew in the clashes with China.", ("India", "China")),
        ("Ethiopia's losses rose after the fighting with Eritrea.", ("Ethiopia", "Eritrea")),
        ("Japan's exports fell in the dispute with China.", ("Japan", "China")),
    ],
)
def test_whose_subject_is_the_other_side(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert expected in found
    assert expected[::-1] in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the subject has a partner of its own: whose war it was is not said
        ("Peru's ties with Chile improved after the war with Bolivia.", "Peru"),
        ("Chile's president was criticised after the clashes with Peru.", "Chile"),  # passive
        ("Kenya's exports fell after clashes between Uganda and Sudan.", "Kenya"),  # the sides
    ],
)
def test_no_owner_made_a_side_otherwise(facts_of, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {p for p in found if absent in p}


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair spoke after clashes with the Conservatives.",  # no armed sides
        "Protesters were arrested after clashes with Kenyan police.",  # passive: held
        "Labour regrouped after clashes with the Liberal Democrats.",  # parties, no state
    ],
)
def test_no_battle_read_into_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {p for p in found if "Kenya" in p or "Conservatives" in p or "Labour" in p}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Finance minister Hugo Brandt had a row with Ines Marr last week.",
            ("Hugo Brandt", "Ines Marr"),
        ),
        ("Serbia has had a bust-up with Croatia over fishing rights.", ("Serbia", "Croatia")),
        ("Serbia and Croatia had a spat over the border on Friday.", ("Serbia", "Croatia")),
        (
            "The premier, Ida Rask, had a run-in with Oskar Lind at the summit.",
            ("Ida Rask", "Oskar Lind"),
        ),
    ],
)
def test_a_quarrel_had_with_someone_sets_both_against_each_other(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in found
    assert pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Croatia have a long history of trade.",  # no quarrel
        "Serbia did not have a row with Croatia, the minister said.",  # denied
        "Serbia had a meeting with Croatia on Friday.",  # a meeting, no quarrel
    ],
)
def test_having_no_quarrel_sets_no_one_against_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
