"""Undertakings made jointly: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("In a joint statement, Ruritania and Borduria vowed to fight piracy together.",
         ("Ruritania", "Borduria")),
        ("In a joint statement, France and Germany pledged to raise defence spending.",
         ("France", "Germany")),
        ("Peru and Bolivia jointly pledged to protect the lake.", ("Peru", "Bolivia")),
        ("Chile and Peru jointly pledged $2bn to the fund.", ("Chile", "Peru")),
        ("Turkey and Greece vowed together to fight human trafficking.", ("Turkey", "Greece")),
        ("In a joint communique, Nigeria and Chad vowed to secure their border.",
         ("Nigeria", "Chad")),
    ],
)  # fmt: skip
def test_parties_that_vow_jointly_cooperate(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The party's leaders Jan Novak and Eva Kral jointly pledged to fight corruption.",
         ("Jan Novak", "Eva Kral")),
        ("Ruritania and Borduria each vowed to fight piracy.", ("Ruritania", "Borduria")),
        ("Ruritania and Borduria separately pledged to fight piracy together.",
         ("Ruritania", "Borduria")),
        ("Ruritania and Borduria will jointly pledge to fight piracy.", ("Ruritania", "Borduria")),
        ("Ruritania and Borduria did not jointly pledge to fight piracy.",
         ("Ruritania", "Borduria")),
        ("Russia and China separately condemned the strikes.", ("Russia", "China")),
    ],
)  # fmt: skip
def test_no_cooperation_from_vows_made_apart_planned_denied_or_within_one_body(
    facts_of, text: str, sides
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) not in cooperation_pairs(facts_of(text))
