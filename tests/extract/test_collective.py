"""Collective and material conflict: strikes from work called or gone on against
someone (protests, CAMEO 143), lock-outs, papers shut down, licences revoked, and a
side's people beaten or shot; in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nurses' Association called a national strike against Meridian Health's cuts.",
            ("Nurses' Association", "Meridian Health", "143"),
        ),
        (
            "The Teachers' Union went on strike against the Education Ministry.",
            ("Teachers' Union", "Education Ministry", "143"),
        ),
        (
            "The Iron Workers' Union struck against Rand Steel on Monday.",
            ("Iron Workers' Union", "Rand Steel", "143"),
        ),
        (
            "The Nurses' Association launched a strike against Meridian Health.",
            ("Nurses' Association", "Meridian Health", "143"),
        ),
        (
            "The Transport Workers' Federation staged a general strike against Zimbabwe.",
            ("Transport Workers' Federation", "Zimbabwe", "143"),
        ),
    ],
)
def test_a_strike_from_work_is_a_protest_against_its_target(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel launched strikes against Hezbollah.", ("Israel", "Hezbollah", "190")),
        ("Russia struck against Ukraine on Monday.", ("Russia", "Ukraine", "190")),
    ],
)
def test_a_strike_of_arms_stays_an_attack(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Teachers' Union called off the strike against the Education Ministry.",
        "Meridian Health called the strike against it illegal.",
        "The Iron Workers' Union voted against a strike at Rand Steel.",
        "A strike against Rand Steel was averted.",
        "The Nurses' Association may go on strike against Meridian Health.",
        "Strikes are common in Zimbabwe.",
    ],
)
def test_a_strike_not_called_or_not_done_is_no_fact(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert {c for c in coded(facts_of, text) if c[2] in {"143", "190"}} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rand Steel locked out members of the Iron Workers' Union.",
            ("Rand Steel", "Iron Workers' Union", "170"),
        ),
        (
            "The Zimbabwean government shut down the Daily Clarion.",
            ("Zimbabwe", "Daily Clarion", "172"),
        ),
        (
            "The Daily Clarion was shut down by the Zimbabwean authorities.",
            ("Zimbabwe", "Daily Clarion", "172"),
        ),
        (
            "Kenyan officials shut down the Daily Clarion last week.",
            ("Kenya", "Daily Clarion", "172"),
        ),
        (
            "Russia's central bank revoked the licence of Volga Bank.",
            ("Russia central bank", "Volga Bank", "172"),
        ),
        (
            "The licence of Volga Bank was revoked by Russia's central bank.",
            ("Russia central bank", "Volga Bank", "172"),
        ),
    ],
)
def test_lock_outs_closures_and_revoked_licences_coerce(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zimbabwean police beat supporters of the Freedom Party.",
            ("Zimbabwe", "Freedom Party", "182"),
        ),
        (
            "Police in Zimbabwe beat up members of the Freedom Party.",
            ("Zimbabwe", "Freedom Party", "182"),
        ),
        (
            "Zimbabwean soldiers shot activists of the Freedom Party.",
            ("Zimbabwe", "Freedom Party", "182"),
        ),
    ],
)
def test_a_sides_people_beaten_or_shot_are_struck_at_that_side(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


def test_a_race_or_a_round_of_talks_is_no_game(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Zimbabwean police beat supporters of the Freedom Party during the presidential race."
    assert ("Zimbabwe", "Freedom Party", "182") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwe beat Kenya in the final.",
        "Borussia Kessel was beaten 5-0 by Hansa Lindau on Saturday.",
        "Ana Ruiz beat Tomas Lind in the final on Sunday.",
        "Tomas Lind was beaten 3-1 by Ana Ruiz in Paris.",
        "The government may shut down the Daily Clarion.",
        "Russia's central bank did not revoke the licence of Volga Bank.",
        "Zimbabwean police beat the drums at the parade.",
        "Rand Steel threatened to lock out members of the Iron Workers' Union.",
    ],
)
def test_no_beating_closure_or_lock_out_done_is_no_fact(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert {c for c in coded(facts_of, text) if c[2] in {"170", "172", "182"}} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zimbabwean troops detained dozens of supporters of the Freedom Party.",
            ("Zimbabwe", "Freedom Party", "173"),
        ),
        (
            "Zimbabwean police beat dozens of supporters of the Freedom Party.",
            ("Zimbabwe", "Freedom Party", "182"),
        ),
        (
            "Zimbabwean soldiers shot scores of members of the Freedom Party.",
            ("Zimbabwe", "Freedom Party", "182"),
        ),
    ],
)
def test_a_count_of_a_sides_people_stands_for_that_side(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


def test_a_count_of_no_sides_people_names_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Zimbabwean police beat dozens of protesters in the capital."
    assert {c for c in coded(facts_of, text) if c[2] == "182"} == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The United States sanctioned four Myanmar army officers, including navy chief Tun Lwin.",
            "Tun Lwin",
        ),
        (
            "Britain sanctioned five Russian officials, including deputy defence minister Oleg Brusov.",
            "Oleg Brusov",
        ),
        (
            "Canada imposed sanctions on 12 people, including Iranian police chief Reza Tavana.",
            "Reza Tavana",
        ),
    ],
)
def test_a_named_person_a_sanctioned_group_includes_is_sanctioned(
    facts_of, text: str, person: str
) -> None:  # type: ignore[no-untyped-def]
    assert person in {t for _, t, code in coded(facts_of, text) if code == "163"}


def test_an_included_measure_adds_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The EU imposed sanctions on Russia, including a ban on oil imports."
    assert {t for _, t, _ in coded(facts_of, text)} == {"Russia"}


def test_a_possible_sanction_on_an_included_person_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The EU may impose sanctions on several officials, including army chief Ivan Kubrak."
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Canada imposed sanctions on nine Peruvian officials on Friday, including Deputy "
         "Interior Minister Rafael Montoya.", "Rafael Montoya"),
        ("Norway imposed a travel ban on four Chilean generals last week, including General "
         "Pedro Arrau.", "Pedro Arrau"),
        ("Japan arrested six Bolivian officers in Osaka, including Colonel Hugo Salinas.",
         "Hugo Salinas"),
    ],
)  # fmt: skip
def test_a_list_the_parser_hangs_on_the_verb_still_names_the_group(
    facts_of, text: str, person: str
) -> None:  # type: ignore[no-untyped-def]
    """ "including X" after a date or a place closing the clause is hung on the verb."""
    assert person in {t for _, t, _ in coded(facts_of, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Canada imposed sanctions on nine Peruvian officials on Friday, including two ministers.",
        "Canada imposed sanctions on Peru on Friday, including a ban on Rafael Montoya's firms.",
        "Canada may impose sanctions on nine officials, including Rafael Montoya.",
    ],
)
def test_no_person_listed_or_no_measure_done_adds_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Rafael Montoya" not in {t for _, t, _ in coded(facts_of, text)}
