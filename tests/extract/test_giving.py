"""What a verb of giving gives and to whom: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.giving import given_things, given_to, is_aid


def _verb(nlp, text: str, lemma: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "recipient"),
    [
        ("Norway lent Kenya five million dollars.", "lend", "Kenya"),
        ("Norway provided Kenya with a loan.", "provide", "Kenya"),
        ("Norway gave Kenya two helicopters.", "give", "Kenya"),
        ("Norway extended credit lines worth $3bn to Kenya.", "extend", "Kenya"),
    ],
)
def test_who_is_given(nlp, text: str, lemma: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in given_to(_verb(nlp, text, lemma))] == [recipient]


def test_nobody_is_given_what_is_only_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    assert given_to(_verb(nlp, "Norway provided Kenya with advice.", "provide")) == []


@pytest.mark.parametrize(
    ("text", "lemma", "passive", "aid"),
    [
        ("Norway supplied arms to Kenya.", "supply", False, True),
        ("Arms were supplied to Kenya by Norway.", "supply", True, True),
        ("Norway sent a letter to Kenya.", "send", False, False),
        ("Norway extended a line of credit to Kenya.", "extend", False, True),
        ("Norway sent two shipments of rice to Kenya.", "send", False, True),
        ("Norway sent a message of support to Kenya.", "send", False, False),
    ],
)
def test_what_is_given_and_whether_it_is_aid(
    nlp, text: str, lemma: str, passive: bool, aid: bool
) -> None:  # type: ignore[no-untyped-def]
    things = given_things(_verb(nlp, text, lemma), passive)
    assert things
    assert any(is_aid(t) for t in things) is aid
