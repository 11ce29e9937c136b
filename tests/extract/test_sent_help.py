"""Armed men sent to help one side against another, in sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chad sent troops to help Niger against Boko Haram.", ("Chad", "Boko Haram")),
        ("Kenya deployed soldiers to support Somalia against al-Shabab.",
         ("Kenya", "al-Shabaab")),
        ("Troops sent by Burundi to assist Somalia against al-Shabab arrived on Monday.",
         ("Burundi", "al-Shabaab")),
    ],
)  # fmt: skip
def test_who_sends_armed_men_against_a_foe_fights_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in found
    assert not {a for a, _ in found} & {"Niger", "Somalia"}  # the helped fight no one here


@pytest.mark.parametrize(
    "text",
    [
        "Chad sent a letter to help Niger against Boko Haram.",  # no armed men
        "Chad sent doctors to help Niger against Boko Haram.",
        "Chad praised Niger for its stand against Boko Haram.",
    ],
)
def test_help_without_armed_men_fights_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chad", "Boko Haram") not in directed(facts_of(text), EventKind.CONFLICT)


def test_armed_help_still_to_come_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chad may send troops to help Niger against Boko Haram."
    assert ("Chad", "Boko Haram") not in directed(facts_of(text), EventKind.CONFLICT)
