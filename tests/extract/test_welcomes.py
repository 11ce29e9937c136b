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
