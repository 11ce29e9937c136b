"""Nouns of what is done to someone: the owner who undergoes it ("X's arrest by the
police"), and a demanded noun told as done ("the arrest of X by the police").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


def acts(facts_of, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(agent, target, CAMEO) of factual conflict events."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t], e.cameo)
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The arrest of opposition leader Kato Mwesige by Ugandan police sparked riots.",
            ("Uganda", "Kato Mwesige", "173"),
        ),
        (
            "Zambia's arrest of the activist Ruth Banda was condemned abroad.",
            ("Zambia", "Ruth Banda", "173"),
        ),
        (
            "Kato Mwesige's detention by Ugandan police lasted a week.",
            ("Uganda", "Kato Mwesige", "173"),
        ),
        (
            "Omar Salem's killing by Syrian soldiers shocked the town.",
            ("Syria", "Omar Salem", "180"),
        ),
        (
            "The jailing of the blogger Ana Duarte by Venezuela drew protests.",
            ("Venezuela", "Ana Duarte", "173"),
        ),
        ("The imprisonment of Lin Hao by China drew protests.", ("China", "Lin Hao", "173")),
        ("The deportation of Omar Salem by Egypt was criticised.", ("Egypt", "Omar Salem", "174")),
    ],
)
def test_what_was_done_to_someone(facts_of, text: str, fact) -> None:  # type: ignore[no-untyped-def]
    assert fact in acts(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called for the arrest of Kato Mwesige.",
        "Kenya demanded the arrest of Kato Mwesige by Ugandan police.",
        "A judge issued a warrant for the arrest of Kato Mwesige.",
        "Kato Mwesige's arrest sparked protests in Kampala.",
    ],
)
def test_an_arrest_asked_for_or_with_no_doer_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {f for f in acts(facts_of, text) if f[2] == "173"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The International Criminal Court issued a warrant for the arrest of Carlos Mendez.",
         ("International Criminal Court", "Carlos Mendez")),
        ("Interpol issued a red notice for the extradition of Carlos Mendez on Tuesday.",
         ("Interpol", "Carlos Mendez")),
        ("A Kenyan warrant for the detention of Joseph Mwangi was issued last week.",
         ("Kenya", "Joseph Mwangi")),
        ("A Peruvian warrant for the arrest of Carlos Mendez was issued in March.",
         ("Peru", "Carlos Mendez")),
    ],
)  # fmt: skip
def test_a_warrant_for_an_arrest_is_against_who_would_be_held(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "173") in acts(facts_of, text)


@pytest.mark.parametrize(
    ("held", "not_held"),
    [
        ("Interpol issued a warrant for the arrest of Carlos Mendez in March.",
         "Interpol issued a warrant for the murder of Carlos Mendez in March."),
        ("Interpol's red notice for the arrest of Carlos Mendez was published.",
         "Interpol's red notice for the killing of Carlos Mendez was published."),
        ("Interpol issued a warrant for the arrest of Carlos Mendez in March.",
         "Interpol may issue a warrant for the arrest of Carlos Mendez in March."),
    ],
)  # fmt: skip
def test_no_warrant_against_a_victim_nor_one_not_issued(facts_of, held: str, not_held: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Interpol", "Carlos Mendez", "173") in acts(facts_of, held)
    assert not any(t == "Carlos Mendez" for _, t, _ in acts(facts_of, not_held))
