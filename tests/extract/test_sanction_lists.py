"""Putting someone on a list of the punished is a sanction: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada added Ostco to its sanctions list on Monday.", ("Canada", "Ostco")),
        ("Britain put Vale Mining on its sanctions list.", ("United Kingdom", "Vale Mining")),
        (
            "Japan added the Red Dawn Front to its list of terrorist organisations.",
            ("Japan", "Red Dawn Front"),
        ),
        ("Australia added Ostco to its Entity List.", ("Australia", "Ostco")),
        ("Japan added the Red Dawn Front to its terrorism list.", ("Japan", "Red Dawn Front")),
    ],
)
def test_put_on_a_list_of_the_punished(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Canada added Ostco to its list of preferred suppliers.",
        "Britain put Vale Mining on the guest list.",
        "Japan added Peru to the list of countries it will visit.",
        "Canada did not add Ostco to its sanctions list.",
    ],
)
def test_no_sanction_from_other_lists_or_none_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
