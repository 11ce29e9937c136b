"""Ground taken from a side (kg/extract/taken_ground.py): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Yemeni government forces recaptured the port of Mokha from the Houthis in January.",
         ("Yemen", "Houthis")),
        ("Iraqi troops retook the town of Tal Afar from Islamic State after a long battle.",
         ("Iraq", "Islamic State")),
        ("Iraqi troops retook Ramadi from Islamic State.", ("Iraq", "Islamic State")),
        ("The town of Tal Afar was recaptured from Islamic State by Iraqi troops.",
         ("Iraq", "Islamic State")),
        ("Azerbaijan regained control of the district from Armenian forces in November.",
         ("Azerbaijan", "Armenia")),
        ("The Syrian army seized the town of Khan Dawla from Jabhat al-Nusra on Sunday.",
         ("Syria", "Jabhat al-Nusra")),
    ],
)  # fmt: skip
def test_ground_taken_from_a_side_opposes_it(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal retook the lead from Chelsea with a late goal.",
        "Apple regained market share from Samsung in the quarter.",
        "Kovac Holdings wrested control of the company from its founder.",
        "Customs officers seized drugs from a Colombian ship.",
    ],
)
def test_what_is_not_ground_takes_nothing_from_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_ground_not_yet_retaken_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Iraqi troops could retake Mosul from Islamic State next month."
    assert ("Iraq", "Islamic State") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru demanded on Monday that Chile withdraw its troops.", ("Peru", "Chile")),
        ("Kenya's foreign minister, Ruth Kamau, demanded on Saturday that Uganda release the "
         "seized lorries.", ("Ruth Kamau", "Uganda")),
        ("Ghana demanded last week that Togo reopen the border.", ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_a_date_is_no_target_of_a_demand(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # "on Monday" hangs on the verb like a target phrase; the clause's subject is the target
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey fired shells near a Greek island on Friday.", ("Turkey", "Greece")),
        ("Russia fired a rocket over Polish territory on Monday.", ("Russia", "Poland")),
        ("Iran fired warning shots near a Dutch warship in the Gulf.", ("Iran", "Netherlands")),
        ("China fired missiles into waters near the Philippines.", ("China", "Philippines")),
    ],
)
def test_fired_near_or_over_a_states_ground_is_fired_at_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas near the Greek embassy in Ankara.",  # not ground
        "Turkey fired shells near the Greek border.",  # often the shooter's own side
        "Police fired rubber bullets near the Greek coast.",  # a place, whose police unsaid
        "Turkey fired shells near the island on Friday.",  # whose, unsaid
        "Turkey did not fire shells near a Greek island.",  # negated
    ],
)
def test_no_target_near_what_is_no_states_ground(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(target == "Greece" for _, target in directed(facts_of(text), EventKind.CONFLICT))
