"""One country's opposition, rebel group or militant movement is a group of its
own, not that country: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway criticised the Libyan opposition.", ("Norway", "Libyan opposition")),
        ("The Libyan opposition criticised Norway.", ("Libyan opposition", "Norway")),
        ("Norway criticised Libya's main opposition group.",
         ("Norway", "Libya's main opposition group")),
        ("Peru condemned a Chilean armed faction on Friday.",
         ("Peru", "Chilean armed faction")),
    ],
)  # fmt: skip
def test_a_countrys_opposition_is_a_group(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in pairs
    # the country itself is not the one criticised or criticising
    assert ("Norway", "Libya") not in pairs and ("Libya", "Norway") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The opposition criticised the budget on Monday.",  # whose, the story says elsewhere
        "A Libyan group of investors bought the club.",  # a group, but of no opposition
        "The opposition leader criticised the budget.",  # a leader, not a group
    ],
)
def test_an_unqualified_or_other_group_is_no_such_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.key.startswith("group/") for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Ugandan opposition leader, Ruth Akello-Obua, was arrested on Tuesday.",
         "Ugandan opposition"),
        ("Belarusian opposition leader Ruth Akello-Obua met the German chancellor.",
         "Belarusian opposition"),
        ("Venezuela's opposition leader, Ruth Akello-Obua, met the Spanish foreign minister.",
         "Venezuela's opposition"),
    ],
)  # fmt: skip
def test_a_countrys_opposition_leader_leads_the_opposition(  # type: ignore[no-untyped-def]
    facts_of, text: str, group: str
) -> None:
    affs = affiliations(facts_of(text))
    assert ("Ruth Akello-Obua", group) in affs
    assert not any(o in {"Uganda", "Belarus", "Venezuela"} for _, o in affs)


def test_a_partys_opposition_leader_stays_the_partys(facts_of) -> None:  # type: ignore[no-untyped-def]
    affs = affiliations(
        facts_of("Tory opposition leader Ruth Akello-Obua said the plan was wrong.")
    )
    assert ("Ruth Akello-Obua", "Conservative Party") in affs
