"""A movement's name glued to a people's adjective or to its backer is the movement:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.glued_groups import opens_a_movement
from kg.records import EventKind
from tests.helpers import directed


def names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a people's adjective before initials the model takes in or leaves out
        ("Kurdish YPG fighters shelled a Turkish outpost.", EventKind.CONFLICT, ("YPG", "Turkey")),
        ("Greece condemned Kurdish YPG fighters.", EventKind.CONFLICT, ("Greece", "YPG")),
        (
            "Syrian Kurdish YPG fighters raided an Iraqi village.",
            EventKind.CONFLICT,
            ("YPG", "Iraq"),
        ),
        # a country's demonym before a listed movement: the movement, no country
        (
            "Palestinian Hamas militants attacked Israeli troops.",
            EventKind.CONFLICT,
            ("Hamas", "Israel"),
        ),
        (
            "Somali al-Shabab militants attacked Kenyan troops.",
            EventKind.CONFLICT,
            ("al-Shabaab", "Kenya"),
        ),
        (
            "Germany is arming Kurdish Peshmerga fighters.",
            EventKind.COOPERATION,
            ("Germany", "Peshmerga"),
        ),
        # a listed name that opens with a demonym ("Afghan Taliban") before its men
        (
            "Afghan Taliban commanders attacked an Iranian border post.",
            EventKind.CONFLICT,
            ("Taliban", "Iran"),
        ),
        # a backer glued to the initials
        (
            "Ethiopia-backed ZLF rebels attacked Sudanese troops.",
            EventKind.CONFLICT,
            ("ZLF", "Sudan"),
        ),
        ("Chad-backed FNT rebels attacked Libyan troops.", EventKind.COOPERATION, ("Chad", "FNT")),
    ],
)
def test_a_glued_movement_is_the_movement(facts_of, text: str, kind: EventKind, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, kind)
    assert not any(n.split()[0] in {"Kurdish", "Palestinian", "Somali", "Syrian", "Afghan"} or "-" in n.split()[0]
                   for n in names(facts) if n != "al-Shabaab")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Palestinian Hamas militants attacked Israeli troops.", "Palestine"),
        ("Somali al-Shabab militants attacked Kenyan troops.", "Somalia"),
        ("Lebanese Hezbollah fighters attacked Israeli troops.", "Lebanon"),
    ],
)
def test_the_demonym_of_a_movement_is_no_party(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a == country for a, _ in directed(facts, EventKind.CONFLICT))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective is part of the name, or the initials a state's unit
        ("British SAS soldiers attacked an Iraqi outpost.", ("United Kingdom", "Iraq")),
        ("Kurdish rebels attacked a Turkish outpost.", ("Kurdish rebels", "Turkey")),
        ("Syrian Democratic Forces fighters attacked Islamic State.", None),
    ],
)
def test_names_with_their_adjective_stay(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    pairs = directed(facts, EventKind.CONFLICT)
    if expected is not None:
        assert expected in pairs
    assert "Democratic Forces" not in names(facts)


def test_a_backed_thing_is_no_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("State-backed lenders raised their rates on Friday.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize("text", ["Chinese", "Kurdish Syrian", "Iraqi"])
def test_a_text_of_peoples_words_alone_opens_no_movement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not opens_a_movement(doc[0])
