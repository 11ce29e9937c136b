"""Denying or rejecting a charge answers its maker (kg.extract.answered_charges); the
charge stays the accuser's."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "accuser", "denier"),
    [
        ("Hanoi denied the charge made by Beijing.", "China", "Vietnam"),
        ("Laos denied accusations by Thailand that it had hidden weapons.", "Thailand", "Laos"),
        ("Cuba denied the allegations from Panama.", "Panama", "Cuba"),
        ("The allegations by Belarus were denied by Lithuania.", "Belarus", "Lithuania"),
    ],
)
def test_denial_rejects_the_accuser(  # type: ignore[no-untyped-def]
    facts_of, text: str, accuser: str, denier: str
) -> None:
    assert (denier, accuser) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary rejected Austria's offer of talks.", ("Hungary", "Austria")),
        ("Laos rejected Thailand's claim to the islands.", ("Laos", "Thailand")),
        ("Cuba dismissed the move by Panama as blackmail.", ("Cuba", "Panama")),
        ("Cuba rebutted the allegations from Panama.", ("Cuba", "Panama")),  # answering back
    ],
)
def test_rejections_of_other_things_stay(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "accuser", "denier"),
    [
        ("Ireland rejected criticism from Britain over the fishing deal.", "United Kingdom",
         "Ireland"),
        ("Laos rejected accusations by Thailand that it had hidden weapons.", "Thailand", "Laos"),
        ("Poland dismissed accusations from Belarus that it had sent drones.", "Belarus", "Poland"),
        ("Cuba dismissed Panama's criticism of the vote.", "Panama", "Cuba"),
        ("Criticism from Turkey was rejected by Greece.", "Turkey", "Greece"),
    ],
)  # fmt: skip
def test_rejecting_a_charge_is_a_stand_against_the_accuser(  # type: ignore[no-untyped-def]
    facts_of, text: str, accuser: str, denier: str
) -> None:
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert (denier, accuser) in found
    assert (accuser, denier) in found  # the charge is the accuser's
