"""Monarchs and princes named after their title, and party labels glued to a seat:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.royal_names import regnal_numeral
from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "royal", "other", "country"),
    [
        ("King Osric of Sweden met Marta Lindqvist in Stockholm on Monday.", "King Osric",
         "Marta Lindqvist", "Sweden"),
        ("Queen Ysolde of Denmark met President Paulo Amaral of Brazil on Friday.",
         "Queen Ysolde", "Paulo Amaral", "Denmark"),
        ("Norway's King Sverre IV met Marta Lindqvist at the palace on Tuesday.", "Sverre IV",
         "Marta Lindqvist", "Norway"),
        ("The Spanish king, Felipe VI, met Antonio Seguro in Madrid.", "Felipe VI",
         "Antonio Seguro", "Spain"),
    ],
)  # fmt: skip
def test_a_titled_royal_meets_and_holds_the_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, royal: str, other: str, country: str
) -> None:
    facts = facts_of(text)
    assert pair(royal, other) in met_pairs(facts)
    assert (royal, country) in affiliations(facts)


def test_a_numbered_monarch_is_a_person_who_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("King Olaf IX criticised the government of Marta Lindqvist.")
    assert ("Olaf IX", "Marta Lindqvist") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The King's Speech set out the plans of the new government.",
        "Burger King said it would shut forty branches next year.",
        "Visitors crowded into Prince Edward Island during the holiday.",
        "King Osric of Atlantis Holdings said profits had doubled.",
    ],
)
def test_no_royal_where_the_title_names_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    people = {a.name for a in facts_of(text).actors if a.type.value == "Person"}
    assert not any(n in {"Speech", "Edward Island", "Osric"} for n in people), people


@pytest.mark.parametrize(
    ("word", "numeral"),
    [("IV", True), ("XII", True), ("VI", True), ("I", False), ("UK", False), ("Vi", False)],
)
def test_regnal_numerals(word: str, numeral: bool) -> None:
    assert regnal_numeral(word) is numeral


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        (
            "Labour MEP Derek Hallam met the EU trade commissioner, Ulrike Brandt.",
            "Derek Hallam",
            "Labour",
        ),
        (
            "Fianna Fail TD Seamus O'Dowd met the Irish foreign minister.",
            "Seamus O'Dowd",
            "Fianna Fail",
        ),
    ],
)
def test_a_party_label_before_a_seat(facts_of, text: str, person: str, party: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, party) in affiliations(facts)
    assert not any(a.name.endswith(("MEP", "TD")) for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iwan ap Dafydd, the Plaid Cymru leader, met the first minister.", "Iwan ap Dafydd"),
    ],
)
def test_a_welsh_patronymic_is_one_name(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {a.name for a in facts_of(text).actors}


@pytest.mark.parametrize(
    ("text", "pope"),
    [
        ("Pope Hiroyasu XII met Daniel Weller on Monday.", "Hiroyasu XII"),
        ("Pope Tavio XII met Daniel Weller on Monday.", "Tavio XII"),
    ],
)
def test_a_popes_name_the_model_misses_after_the_title(facts_of, text: str, pope: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(pope, "Daniel Weller") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "royal", "other", "country"),
    [
        ("Crown Prince Faisal bin Tariq of Bahrain held talks with Marta Lindqvist.",
         "Faisal bin Tariq", "Marta Lindqvist", "Bahrain"),
        ("Crown Prince Nayef al-Hamid of Kuwait met Paulo Amaral in Lisbon.",
         "Nayef al-Hamid", "Paulo Amaral", "Kuwait"),
    ],
)  # fmt: skip
def test_a_realm_after_a_name_is_no_part_of_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, royal: str, other: str, country: str
) -> None:
    facts = facts_of(text)
    assert pair(royal, other) in met_pairs(facts)
    assert (royal, country) in affiliations(facts)


def test_a_one_word_royal_name_leaves_its_realm_to_the_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Crown Prince Omar of Jordan met Paulo Amaral on Monday.")
    n = {a.key: a.name for a in facts.actors}
    held = {(n[r.object], r.role) for r in facts.relations if r.subject != r.object}
    assert ("Jordan", "Crown Prince") in held
    assert not any("of Jordan" in name for name in n.values())
