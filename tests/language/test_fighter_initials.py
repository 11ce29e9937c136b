"""Armed men named by their movement's initials are that movement: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian jets bombed the TKLA insurgents near the border.", ("Peru", "TKLA")),
        (
            "Congolese troops clashed with M23 rebels near the lake.",
            ("Democratic Republic of the Congo", "M23"),
        ),
        ("Bolivian soldiers killed 20 ELN guerrillas in a raid.", ("Bolivia", "ELN")),
        ("Chile's army ambushed the ELN fighters on Sunday.", ("Chile", "ELN")),
    ],
)
def test_force_on_the_initials_lands_on_the_movement(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_meeting_with_the_initials_is_one_with_the_movement(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway hosted talks between Peru and the ELN rebels in Oslo on Monday.")
    assert pair("Peru", "ELN") in met_pairs(facts)
    assert not any("rebels" in a.name for a in facts.actors)


def test_a_truce_with_the_initials_is_one_with_the_movement(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ecuador signed a ceasefire with the ELN rebels on Thursday.")
    assert ("Ecuador", "ELN") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Bolivian troops shelled the Kurdish rebels near the border.", "Kurdish rebels"),
        ("The Tuareg rebels attacked a Malian army post.", "Tuareg rebels"),
    ],
)
def test_a_people_before_the_noun_stays_a_group(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    assert group in {a.name for a in facts_of(text).actors}


def test_a_country_before_the_noun_is_no_movement(facts_of) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of("US rebels attacked a base in the hills.").actors}
    assert "United States" not in names and "US" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas's fighters attacked Israeli troops near the fence.", ("Hamas", "Israel")),
        ("The ELN's guerrillas ambushed a Colombian patrol.", ("ELN", "Colombia")),
        ("Malian troops clashed with the Sahel Front's fighters.", ("Mali", "Sahel Front")),
    ],
)
def test_a_movements_own_men_are_the_movement(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_countrys_rebels_are_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Syria's rebels attacked a Turkish base on Friday.")
    assert ("Syria", "Turkey") not in directed(facts, EventKind.CONFLICT)
