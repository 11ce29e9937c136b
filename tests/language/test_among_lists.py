"""Names "among them" after a plural group: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.among_lists import repair_among_lists
from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "held", "condemned"),
    [
        ("Argentina condemned Chile's detention of three opposition MPs, among them Maria Costa.",
         ("Chile", "Maria Costa"), ("Argentina", "Chile")),
        ("The UN protested against Iran's arrest of two aid workers, among them Maria Costa.",
         ("Iran", "Maria Costa"), ("United Nations", "Iran")),
        ("Norway condemned Belarus's jailing of two journalists, among them Maria Costa.",
         ("Belarus", "Maria Costa"), ("Norway", "Belarus")),
        ("Cuba's jailing of 75 dissidents, among them Maria Costa, was condemned by Spain.",
         ("Cuba", "Maria Costa"), ("Spain", "Cuba")),
    ],
)  # fmt: skip
def test_the_named_are_held_by_the_possessor_not_condemned(
    facts_of, text: str, held: tuple[str, str], condemned: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert held in pairs
    assert condemned in pairs
    assert (condemned[0], "Maria Costa") not in pairs


def test_among_them_is_hung_on_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Norway condemned Belarus's jailing of two journalists, among them Maria Costa.")
    repair_among_lists(doc)
    among = next(t for t in doc if t.lower_ == "among")
    assert among.head.text == "journalists"
    assert [c.text for c in among.children if c.dep_ == "pobj"] == ["Costa"]


@pytest.mark.parametrize(
    "text",
    [
        "Among them was Maria Costa, the police said.",  # no group before
        "Norway condemned the jailing of the journalist, among them Maria Costa.",  # singular
    ],
)
def test_no_group_no_repair(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert repair_among_lists(nlp(text)) == 0


def test_a_possessor_among_them_is_not_the_one_in_the_group(facts_of, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Argentina condemned Chile's detention of three MPs, among them Maria Costa's brother."
    doc = nlp(text)
    repair_among_lists(doc)
    among = next(t for t in doc if t.lower_ == "among")
    assert [c.text for c in among.children if c.dep_ == "pobj"] == ["brother"]
    assert ("Chile", "Maria Costa") not in directed(facts_of(text), EventKind.CONFLICT)
