"""Armed men named by a group's adjective, a militia's name or a group noun glued to
a name: the group acts, not the country of a demonym, and its name is not cut
(:mod:`kg.language.glued_groups`, :mod:`kg.language.described_groups`): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


def _names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Houthi forces fired two missiles at a US warship on Tuesday.",
            ("Houthis", "United States"),
        ),
        ("Houthi fighters attacked Saudi border posts overnight.", ("Houthis", "Saudi Arabia")),
        # a militia named by one word, and its men
        (
            "Kebro militia fighters ambushed an Ethiopian army convoy.",
            ("Kebro militia", "Ethiopia"),
        ),
        ("The Kebro militia attacked Ethiopian troops on Monday.", ("Kebro militia", "Ethiopia")),
        (
            "Ethiopian troops launched drone strikes on Kebro militia positions on Thursday.",
            ("Ethiopia", "Kebro militia"),
        ),
        # the militia's positions, not the country they are in
        (
            "Turkish jets bombed Kurdish militia positions in northern Iraq.",
            ("Turkey", "Kurdish militia"),
        ),
        # mercenaries are a group of their own, not their country
        (
            "Ostrov mercenaries attacked Chadian troops near the border.",
            ("Ostrov mercenaries", "Chad"),
        ),
        (
            "Russian mercenaries attacked Malian troops near Gao.",
            ("Russian mercenaries", "Mali"),
        ),
        # a movement that a demonym names whole is not cut to a shorter one
        (
            "Pakistan accused the Pakistani Taliban of killing 12 police officers.",
            ("Pakistan", "Pakistani Taliban"),
        ),
    ],
)
def test_the_group_acts(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_named_militia_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Kebro militia said it had shot down a government drone.")
    assert "Kebro militia" in speakers(facts)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Houthi forces fired two missiles at a US warship.", {"Yemen", "Houthi forces"}),
        ("Turkish jets bombed Kurdish militia positions in northern Iraq.", {"Iraq"}),
        ("Russian mercenaries attacked Malian troops near Gao.", {"Russia"}),
        ("Pakistan accused the Pakistani Taliban of killing police officers.", {"Taliban"}),
    ],
)
def test_no_country_nor_cut_name(facts_of, text, wrong) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert not {n for p in pairs for n in p} & wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own army and forces stay the state
        ("Chadian troops attacked Boko Haram fighters near Lake Chad.", ("Chad", "Boko Haram")),
        ("A Somali militia attacked Kenyan troops.", None),
        (
            "Kurdish journalist Aram Delani criticised the Turkish government.",
            ("Aram Delani", "Turkey"),
        ),
    ],
)
def test_states_and_people_stay_so(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    pairs = directed(facts, EventKind.CONFLICT)
    if expected is None:
        assert not any(a in {"Somalia", "Somali militia"} for a, _ in pairs)
    else:
        assert expected in pairs
    assert not any("Kurdish" in n for n in _names(facts))
