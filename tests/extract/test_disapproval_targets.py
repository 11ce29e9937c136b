"""Doubt and hostility as opposition: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Senator Carl Whitlow remains sceptical of Nato's proposal.",
         ("Carl Whitlow", "North Atlantic Treaty Organization")),
        ("Former President Yuri Balan was deeply sceptical of the European Union.",
         ("Yuri Balan", "European Union")),
        ("Senator Carl Whitlow is skeptical of China.", ("Carl Whitlow", "China")),
        ("Kenya's foreign minister Joseph Ombati is hostile to the African Union.",
         ("Joseph Ombati", "African Union")),
        ("Prime Minister Elena Rusu remained hostile to Russia.", ("Elena Rusu", "Russia")),
        ("Sir Reginald Oxtaby remains sceptical of the European Union.",
         ("Reginald Oxtaby", "European Union")),
    ],
)  # fmt: skip
def test_doubt_and_hostility_oppose(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rudi Kessler is sceptical that Russia will honour the ceasefire.",  # doubt of a clause
        "The bank faced a hostile takeover bid from Nordbank.",
        "Nato support is critical to Ukraine's defence.",  # needed, not opposed
        "Elena Rusu was not hostile to Russia.",
        "Jonas Lind would be sceptical of China if the talks failed.",
        "The soldier remains in a critical condition in Kenya.",
    ],
)
def test_no_opposition_without_a_stance(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chancellor Grete Holm was highly critical of Poland's plan.", ("Grete Holm", "Poland")),
        ("Chancellor Ana Ruiz remains sceptical of Hungary's budget.", ("Ana Ruiz", "Hungary")),
        ("President Tomas Varga was highly critical of Austria's plan.",
         ("Tomas Varga", "Austria")),
        ("Prime Minister Elena Rusu remained hostile to Russia's leaders.",
         ("Elena Rusu", "Russia")),
    ],
)  # fmt: skip
def test_whom_a_holder_disapproves_of_is_not_the_title_s_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    facts = facts_of(text)
    assert pair in directed(facts, EventKind.CONFLICT)
    assert pair not in affiliations(facts)
