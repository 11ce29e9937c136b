"""Namesakes a bare surname cannot tell apart: sentences written for these tests."""

from __future__ import annotations

from kg.records import EventKind
from tests.helpers import directed


def test_a_surname_of_two_people_named_in_one_list_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Moreno and Luis Moreno visited Lima on Monday. Opposition leader "
                     "Raul Feld accused Moreno of lying to parliament.")  # fmt: skip
    assert not directed(facts, EventKind.CONFLICT)


def test_a_surname_of_two_people_named_apart_is_the_one_named_last(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Moreno visited Lima on Monday. Luis Moreno stayed in Quito. "
                     "Opposition leader Raul Feld accused Moreno of lying to parliament.")  # fmt: skip
    assert directed(facts, EventKind.CONFLICT) == {("Raul Feld", "Luis Moreno")}
