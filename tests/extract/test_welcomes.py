"""Welcomes, receptions and guards of honour told by a noun: sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Oskar Lind received a red-carpet welcome from Prime Minister "
            "Ravi Desai in Mumbai on Monday.",
            pair("Oskar Lind", "Ravi Desai"),
        ),
        (
            "Prime Minister Ravi Desai gave President Oskar Lind a warm welcome in Pune.",
            pair("Ravi Desai", "Oskar Lind"),
        ),
        (
            "President Nadia Kovac was given a guard of honour by Prime Minister Erik "
            "Holm in Bergen.",
            pair("Nadia Kovac", "Erik Holm"),
        ),
        (
            "Chancellor Greta Falk got a rousing reception from President Boris Ilic in Varna.",
            pair("Greta Falk", "Boris Ilic"),
        ),
        (
            "Prime Minister Erik Holm gave a warm welcome to President Nadia Kovac at the airport.",
            pair("Erik Holm", "Nadia Kovac"),
        ),
    ],
)
def test_a_welcome_given_in_person_is_a_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Unions gave Chancellor Greta Falk a cautious welcome.",
        "The budget received a cool reception from President Boris Ilic.",
        "Rates fell, a welcome boost for President Boris Ilic.",
        "President Boris Ilic welcomed the decision by the central bank.",
    ],
)
def test_a_welcome_to_an_idea_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


def test_a_welcome_still_to_come_is_not_yet_a_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "President Boris Ilic will give Chancellor Greta Falk a warm welcome next week."
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert pair("Boris Ilic", "Greta Falk") in met_pairs(facts, factual_only=False)


def test_a_city_is_where_the_welcome_happens(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "President Oskar Lind received a warm welcome from Prime Minister Ravi Desai in Delhi."
    names = {n for p in met_pairs(facts_of(text)) for n in p}
    assert names == {"Oskar Lind", "Ravi Desai"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Peter Lind was given a red-carpet welcome by President Elena Varga in Riga.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa was accorded a red-carpet welcome by Minister Marta Cruz in Lisbon.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Omar Diallo was given a red-carpet welcome by President Yusuf Bello in Riga.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_a_welcome_given_by_a_host_in_the_passive(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Peter Lind was the guest of President Elena Varga at a state dinner.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa was a guest of Minister Marta Cruz in Lisbon on Friday.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Omar Diallo and his wife were guests of President Yusuf Bello at the palace.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_the_guest_of_a_host(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Peter Lind was not the guest of President Elena Varga.",
        "Chancellor Peter Lind will be the guest of President Elena Varga next week.",
        "Chancellor Peter Lind was a guest of the BBC on Monday.",
    ],
)
def test_no_guest(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
