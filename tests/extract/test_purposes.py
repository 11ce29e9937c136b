"""A purpose infinitive after a verb of meeting or travel is an aim, not a deed."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Chile and Peru met to coordinate their positions.",
        "Chile and Peru met in Lima on Monday to sign a trade deal.",
        "Envoys of Chile and Peru gathered in Quito to coordinate their response.",
    ],
)
def test_aim_of_a_meeting_is_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Chile", "Peru") in met_pairs(facts)
    assert not directed(facts, EventKind.COOPERATION)


def test_travel_for_a_deal_signs_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile's president flew to Lima to sign a trade deal with Peru.")
    assert not directed(facts, EventKind.COOPERATION)


def test_deed_told_as_done_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile and Peru met in Lima and signed a trade deal.")
    assert ("Chile", "Peru") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tory leader Ana Vale spoke in Leeds. She went on to accuse Tom Reyes of raising taxes.",
         ("Ana Vale", "Tom Reyes")),
        ("Health Secretary Tom Lind later went on to tear into Tory spending policy.",
         ("Tom Lind", "Conservative Party")),
        ("Peru's envoy went on to condemn Chile's decision.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_what_was_done_next_is_a_deed(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # "went on to" tells the next step, not an aim: the act is a fact
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_coming_somewhere_to_sign_is_still_an_aim(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile's president came to Lima to sign a deal with Peru.")
    assert not directed(facts, EventKind.COOPERATION)
