"""Places run into a name are split off; a place name running on past a
gazetteer match is the longer place."""

from __future__ import annotations

import pytest
import spacy

from kg.language.gazetteer import gazetteer
from kg.language.place_spans import longer_place, split_place_prefix, split_possessive_place

BLANK = spacy.blank("en")


def _parts(spans):  # type: ignore[no-untyped-def]
    return None if spans is None else [(s.text, s.label_) for s in spans]


@pytest.mark.parametrize(
    ("text", "end", "label", "parts"),
    [
        ("Norway's parliament voted.", 3, "ORG", [("Norway", "GPE"), ("parliament", "ORG")]),
        ("Oslo's mayor Ana Soto", 5, "PERSON", [("Oslo", "GPE"), ("mayor Ana Soto", "PERSON")]),
        ("Halvor's Oil Company", 4, "ORG", None),  # no place before the possessive
        ("Norway's parliament voted.", 3, "GPE", None),  # a place already
    ],
)
def test_a_place_before_a_possessive(text: str, end: int, label: str, parts) -> None:  # type: ignore[no-untyped-def]
    doc = BLANK.make_doc(text)
    assert _parts(split_possessive_place(gazetteer(), doc, 0, end, label)) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Oslo Ana Soto spoke.", [("Oslo", "GPE"), ("Ana Soto", "PERSON")]),
        ("Oslo City Council spoke.", None),  # a body's name, not a person's
        ("Oslo Ana spoke today.", None),  # a single word left: too short to be a name
    ],
)
def test_a_place_run_into_a_name(text: str, parts) -> None:  # type: ignore[no-untyped-def]
    doc = BLANK.make_doc(text)
    assert _parts(split_place_prefix(gazetteer(), doc, 0, 3, "PERSON")) == parts


def test_a_place_that_runs_on() -> None:
    doc = BLANK.make_doc("troops left the West Bank today")
    place = longer_place(doc, 3, 4)
    assert place is not None and (place.text, place.label_) == ("West Bank", "LOC")
    assert longer_place(BLANK.make_doc("troops left the West today"), 3, 4) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a one-word capital the model misses or takes for a person stands for its country
        ("Germany supplied Kyiv with missiles.", "Ukraine"),
        ("Kyiv said on Monday that the talks had failed.", "Ukraine"),
        # a surname after an honorific stays a person
        ("Mr Washington said on Monday that the talks had failed.", "Washington"),
    ],
)
def test_a_lone_capital_is_its_country(facts_of, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert who in names


@pytest.mark.parametrize(
    ("text", "start", "end", "name"),
    [
        ("Japan Coast Guard commandant Ken Arata said", 0, 1, "Japan Coast Guard"),
        ("the US Coast Guard said", 1, 2, "US Coast Guard"),
        ("Japan Coast Guards patrol the islands", 0, 1, "Japan Coast Guards"),
    ],
)
def test_a_coast_guard_named_after_its_country(text: str, start: int, end: int, name: str) -> None:
    doc = BLANK.make_doc(text)
    span = longer_place(doc, start, end)
    assert span is not None and (span.text, span.label_) == (name, "ORG")


def test_a_coast_with_no_guard_is_no_body() -> None:
    doc = BLANK.make_doc("the Ivory Coast said")
    assert longer_place(doc, 1, 2) is None or longer_place(doc, 1, 2).label_ != "ORG"  # type: ignore[union-attr]
