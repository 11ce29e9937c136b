"""Receivers no "to" phrase of the verb names: hung on a name between commas or on "over",
named by what the gift is for, or read as a modifier of what is given. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan handed over the suspect, Omar Delvi, to Afghanistan.",
            ("Pakistan", "Afghanistan"),
        ),
        ("Ecuador handed the fugitive, Marco Pell, over to Peru.", ("Ecuador", "Peru")),
        ("Ghana handed the suspect, Kofi Mensah, over to Nigeria.", ("Ghana", "Nigeria")),
        ("Peru handed the smuggler, Diego Luna, over to Bolivia.", ("Peru", "Bolivia")),
    ],
)
def test_one_handed_over_is_handed_to_the_receiver(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan handed over the file, which ran to 300 pages, to Afghanistan.",
        "Pakistan handed over the keys, Omar Delvi said, to Afghanistan.",
        "Spain refused to hand the suspect, Karel Vost, over to Argentina.",
    ],
)
def test_no_receiver_of_a_thing_or_of_a_refusal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait pledged $300m to help rebuild Iraq.", ("Kuwait", "Iraq")),
        ("Kuwait gave $300m to help rebuild Iraq's power grid.", ("Kuwait", "Iraq")),
        ("Japan donated $50m to rebuild Turkey's schools.", ("Japan", "Turkey")),
        ("Germany gave Ukraine tanks and air defence systems.", ("Germany", "Ukraine")),
        ("Turkey sold Pakistan drones.", ("Turkey", "Pakistan")),
        ("Russia gave Syria fighter jets in 2015.", ("Russia", "Syria")),
    ],
)
def test_the_receiver_a_purpose_or_a_dative_names(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Japan donated $50m to the UN to rebuild Iraq.", ("Japan", "Iraq")),
        ("Kuwait refused to give money to rebuild Iraq.", ("Kuwait", "Iraq")),
        ("The firm shipped Ukraine grain to Egypt.", ("firm", "Ukraine")),
        ("Russia destroyed Ukraine tanks near Bakhmut.", ("Russia", "Ukraine")),
        ("Germany gave Ukrainian tanks to Poland.", ("Germany", "Ukraine")),
    ],
)
def test_no_receiver_beside_one_named_nor_of_a_country_s_own_things(
    facts_of, text: str, absent
) -> None:  # type: ignore[no-untyped-def]
    assert absent not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey handed Azerbaijan 20 drones.", ("Turkey", "Azerbaijan")),
        ("Egypt sent Sudan grenades.", ("Egypt", "Sudan")),
        ("India sent Nepal food aid.", ("India", "Nepal")),
        ("The United States sent Israel bombs in March.", ("United States", "Israel")),
        ("France sent Chad mortars and shells.", ("France", "Chad")),
    ],
)
def test_a_country_after_the_verb_read_as_a_modifier_is_the_receiver(
    facts_of, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Peru handed Chile a protest note.",
        "Kenya refused to send Somalia food aid.",
        "Turkey handed Azerbaijan's team 20 medals.",
    ],
)
def test_no_aid_handed_of_a_note_a_refusal_or_a_prize(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain gave Ukraine Storm Shadow missiles.", ("United Kingdom", "Ukraine")),
        ("Israel sold India Heron drones.", ("Israel", "India")),
        ("Turkey gave Pakistan Bayraktar drones.", ("Turkey", "Pakistan")),
        ("Sweden sent Ukraine Archer howitzers.", ("Sweden", "Ukraine")),
    ],
)
def test_a_receiver_hung_on_the_name_of_what_is_given(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Britain gave Ukraine Storm Shadow pilots a medal.",
        "Israel refused to sell India Heron drones.",
        "Turkey gave the Pakistan Bayraktar team a prize.",
    ],
)
def test_no_receiver_of_a_prize_or_a_refused_sale(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan transferred Khalid Rahman to the custody of the United States.",
            ("Pakistan", "United States"),
        ),
        ("Ethiopia handed Abdi Warsame over to the custody of Kenya.", ("Ethiopia", "Kenya")),
        ("Kenya transferred the two suspects into Ugandan custody.", ("Kenya", "Uganda")),
    ],
)
def test_whose_custody_receives(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany surrendered the suspect to Poland on Monday.", ("Germany", "Poland")),
        ("Spain surrendered Jon Arrieta to France under a European warrant.", ("Spain", "France")),
        ("Italy surrendered the two fugitives to Albania.", ("Italy", "Albania")),
    ],
)
def test_one_surrendered_to_a_state(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels surrendered to the army on Sunday.",
        "Germany surrendered its passport rules to Brussels.",
        "Kenya transferred the funds into a Swiss account.",
    ],
)
def test_nothing_surrendered_to_a_state(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
