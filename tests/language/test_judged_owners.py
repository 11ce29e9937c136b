"""Whose plan a critic attacks: "A criticised his handling" is someone named before,
not A: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Prime Minister Karl Hesse spoke on Monday. Opposition leader Mark Trell criticised "
         "his handling of the crisis.", ("Mark Trell", "Karl Hesse")),
        ("Prime Minister Karl Hesse spoke on Monday. Mark Trell attacked his trade policy.",
         ("Mark Trell", "Karl Hesse")),
        ("Germany hosted the talks on Monday. France criticised its handling of the crisis.",
         ("France", "Germany")),
        ("Germany hosted the talks on Monday. France condemned its decision to leave.",
         ("France", "Germany")),
        # the subject of conjoined verbs
        ("Prime Minister Karl Hesse spoke on Monday. Mark Trell stood up and attacked his "
         "budget.", ("Mark Trell", "Karl Hesse")),
    ],
)  # fmt: skip
def test_the_owner_of_what_is_blamed_is_another(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # "his own": the critic's
        "Prime Minister Karl Hesse spoke on Monday. Mark Trell criticised his own party's policy.",
        "Prime Minister Karl Hesse spoke on Monday. Mark Trell criticised his own plan.",
        # no one else named who fits
        "Mark Trell criticised his handling of the crisis.",
    ],
)
def test_no_other_owner_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_defence_of_a_record_is_no_blame(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Prime Minister Karl Hesse spoke on Monday. Mark Trell defended his record.")
    assert ("Mark Trell", "Karl Hesse") not in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Uganda said Congolese rebels had attacked its border posts.",
        "Uganda said Congolese militias had attacked its troops.",
    ],
)
def test_its_is_not_a_name_inside_a_plural_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # Uganda's own accusation of the doers aside: the attack is on Uganda's posts
    targets = {t for a, t in directed(facts_of(text), EventKind.CONFLICT) if a != "Uganda"}
    assert targets == {"Uganda"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a hostile deed blamed: the doer is named before, its target after "of"
        ("Iraq faced sanctions for years. The UN condemned its occupation of Kuwait.",
         {("United Nations", "Iraq"), ("Iraq", "Kuwait")}),
        ("Ethiopia closed the border in May. Kenya denounced its blockade of Eritrea.",
         {("Kenya", "Ethiopia"), ("Ethiopia", "Eritrea")}),
        ("Armenia moved troops north on Monday. Turkey criticised its bombardment of "
         "Azerbaijan.", {("Turkey", "Armenia"), ("Armenia", "Azerbaijan")}),
    ],
)  # fmt: skip
def test_the_doer_of_a_blamed_deed_is_another(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found <= directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # defending a deed is of one's own
        ("Iraq faced sanctions for years. Russia defended its invasion of Georgia.",
         ("Russia", "Georgia")),
        # "its own" is the critic's
        ("Iraq faced sanctions. Russia criticised its own invasion of Georgia.",
         ("Russia", "Georgia")),
    ],
)  # fmt: skip
def test_a_deed_defended_or_owned_is_the_subjects(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


def test_no_target_is_guessed_for_a_deed_without_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ukraine mobilised its army. Russia has faced sanctions since its invasion.")
    assert not directed(facts, EventKind.CONFLICT)
