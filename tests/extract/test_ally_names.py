"""An ally named right after its ally word, and former allies: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali's ally Burkina Faso sent troops to the border.", ("Burkina Faso", "Mali")),
        ("Serbia's ally, Hungary, vetoed the motion on Monday.", ("Hungary", "Serbia")),
        ("France and its ally Belgium closed the border.", ("Belgium", "France")),
        ("Kenya's long-time ally the United States sent more aid.", ("United States", "Kenya")),
    ],
)  # fmt: skip
def test_an_ally_named_after_the_word_is_the_owners_ally(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary, a former ally of Serbia, vetoed the motion.",
        "Serbia's former ally Hungary vetoed the motion.",
    ],
)
def test_a_former_ally_is_no_ally(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Hungary", "Serbia") not in directed(facts_of(text), EventKind.COOPERATION)


def test_a_persons_partner_is_no_ally(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The painter Ivo Marr's partner Lena Dorn opened the show.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Oman and Yemen have been close allies since 1990.", ("Oman", "Yemen")),
        ("Laos and Vietnam are key strategic partners.", ("Laos", "Vietnam")),
    ],
)  # fmt: skip
def test_states_called_allies_together_are_each_others(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Oman and Yemen were allies until 1990.",
        "Laos and Vietnam are key trading partners.",  # trade, no alliance
        "Oman and Yemen are no longer allies.",
        "Ann Vale and Tom Reyes are partners in a law firm.",
    ],
)
def test_allies_no_more_or_partners_in_business_are_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
