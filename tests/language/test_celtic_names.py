"""Welsh, Scottish and Irish names the small model cuts or mistypes: given names
it does not know, Gaelic surnames capitalised after their prefix ("MacLeod") and
double surnames; sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.token_table import gaelic_surname
from kg.records import ActorType
from tests.helpers import affiliations, met_pairs, pair


def _people(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors if a.type is ActorType.PERSON}


def _bodies(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors if a.type is ActorType.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Plaid Cymru's Rhodri Pryce met Tomas Okafor on Monday.", "Rhodri Pryce", "Tomas Okafor"),
        (
            "Tomas Okafor held talks with Eilidh MacLeod in Edinburgh.",
            "Tomas Okafor",
            "Eilidh MacLeod",
        ),
        ("Ruairi O Conchuir met Tomas Okafor in Dublin.", "Ruairi O Conchuir", "Tomas Okafor"),
    ],
)
def test_a_celtic_given_name_makes_a_person_who_meets(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair(a, b) in met_pairs(facts)
    assert {a, b} <= _people(facts)
    assert not {a, b} & _bodies(facts)


def test_a_celtic_given_name_makes_the_subject_of_an_accusation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Conservative AM Rhodri Pryce accused Plaid Cymru leader Ana Ruiz of lying.")
    assert "Rhodri Pryce" in _people(facts)
    assert ("Ana Ruiz", "Plaid Cymru") in affiliations(facts)


def test_gaelic_surnames_count_as_capitalised() -> None:
    assert gaelic_surname("MacLeod") and gaelic_surname("McInnes")
    assert not gaelic_surname("Macedonia") and not gaelic_surname("MCINNES")
    assert not gaelic_surname("Mac") and not gaelic_surname("McX")


def test_a_word_that_is_no_name_stays_out(facts_of) -> None:  # type: ignore[no-untyped-def]
    # "Angus" is a given name, but "Angus Council" is a body, not a person
    facts = facts_of("Angus Council said the school would close.")
    assert "Angus Council" not in _people(facts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomas Okafor met Ali Hassan-Nour, Somalia's foreign minister.", "Ali Hassan-Nour"),
        (
            "Tomas Okafor held talks with Ana Ruiz-Toledo, Peru's trade minister, in Lima.",
            "Ana Ruiz-Toledo",
        ),
    ],
)
def test_a_double_surname_before_a_post_is_the_one_met(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Tomas Okafor", name) in met_pairs(facts)
    country = "Somalia" if "Somalia" in text else "Peru"
    assert (name, country) in affiliations(facts)
    assert pair("Tomas Okafor", country) not in met_pairs(facts)


def test_a_double_surname_half_a_place_is_still_a_surname(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert "Ana Ruiz-Toledo" in _people(facts_of("Ana Ruiz-Toledo said the talks had failed."))
    # a firm's name is no person's
    assert "Rolls-Royce" not in _people(facts_of("Rolls-Royce said profits rose."))
