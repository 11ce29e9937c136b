"""Modifiers two words share before an event noun ("an air and ground offensive
against X"), which the parser reads as a list: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.shared_modifiers import repair_shared_modifiers
from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ethiopia launched an air and ground offensive against Eritrea.", ("Ethiopia", "Eritrea")),
        ("Armenia launched an air and ground offensive against Azerbaijan on Sunday.",
         ("Armenia", "Azerbaijan")),
        ("Pakistan carried out air and artillery attacks against India.", ("Pakistan", "India")),
        ("Sudan carried out air and artillery strikes against Chad.", ("Sudan", "Chad")),
        ("Ethiopia launched a new bombing and shelling offensive against Eritrea.",
         ("Ethiopia", "Eritrea")),
        ("Serbia began a fresh bombing and shelling offensive against Croatia.",
         ("Serbia", "Croatia")),
    ],
)  # fmt: skip
def test_an_event_noun_after_shared_modifiers_keeps_its_verb_and_target(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # two events, each its own: the first keeps its parties
        ("Iraq's invasion and occupation of Kuwait drew condemnation.", ("Iraq", "Kuwait")),
        # a list of things given stays a gift
        ("Uganda sent cash and food aid to Kenya.", ("Uganda", "Kenya")),
    ],
)
def test_lists_of_events_or_things_keep_their_reading(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    kind = EventKind.COOPERATION if "aid" in text else EventKind.CONFLICT
    assert pair in directed(facts_of(text), kind)


def test_a_list_of_people_is_not_read_as_modifiers(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ghana received the president and foreign minister of Togo.")
    assert repair_shared_modifiers(doc) == 0
    doc = nlp("Chile launched an air and ground offensive against Peru.")
    assert repair_shared_modifiers(doc) == 1
    offensive = next(t for t in doc if t.text == "offensive")
    assert offensive.dep_ == "dobj" and offensive.head.text == "launched"
    assert [c.text for c in offensive.children if c.dep_ == "prep"] == ["against"]
