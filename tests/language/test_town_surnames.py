"""A town's name that ends a titled person's name: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, speakers


@pytest.mark.parametrize(
    ("text", "person", "country", "town_country"),
    [
        ("Brazilian Finance Minister Nilce Duarte Lima told reporters the budget was sound.",
         "Nilce Duarte Lima", "Brazil", "Peru"),
        ("Chilean envoy Carmen Duarte Santiago met Bolivian officials on Monday.",
         "Carmen Duarte Santiago", "Chile", None),
        ("Uruguayan Trade Minister Pablo Andres Quito said the deal was fair.",
         "Pablo Andres Quito", "Uruguay", "Ecuador"),
    ],
)  # fmt: skip
def test_the_town_is_the_surname(facts_of, text, person, country, town_country) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name for a in facts.actors}
    assert person in names
    assert (person, country) in affiliations(facts)
    assert town_country is None or town_country not in names


def test_the_one_who_meets_is_the_envoy(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chilean envoy Carmen Duarte Santiago met Bolivian officials on Monday.")
    assert met_pairs(facts) == {frozenset({"Carmen Duarte Santiago", "Bolivia"})}


def test_the_one_who_speaks_is_the_minister(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Brazilian Finance Minister Nilce Duarte Lima told reporters the budget was sound."
    assert speakers(facts_of(text)) == {"Nilce Duarte Lima"}


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian Finance Minister Nilce Duarte in Lima said the budget was sound.",
        "In Lima, Brazilian Finance Minister Nilce Duarte said the budget was sound.",
        "The budget was approved, Nilce Duarte, Lima's mayor, said.",
        "Brazilian Finance Minister Nilce Duarte flew to Lima on Monday.",
    ],
)
def test_a_town_apart_from_the_name_stays_a_town(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert "Nilce Duarte" in names
    assert not any(n.startswith("Nilce Duarte ") for n in names)
