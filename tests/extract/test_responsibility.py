"""Claims of responsibility for an attack told in the sentence before: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mortar shells struck northern Chad overnight. The Sahel Front claimed responsibility.",
         ("Sahel Front", "Chad")),
        ("Gunmen attacked a Nigerian army base on Sunday, killing five soldiers. "
         "The Delta Brigade later claimed responsibility in a statement.", ("Delta Brigade", "Nigeria")),
        ("A car bomb exploded in Lagos on Friday. The Delta Brigade claimed responsibility, "
         "officials said.", ("Delta Brigade", "Nigeria")),
        ("Rockets were fired at Kenya's border posts on Monday. The Juba Front claimed responsibility.",
         ("Juba Front", "Kenya")),
    ],
)  # fmt: skip
def test_who_claims_the_attack_told_before_made_it(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru won the match on Sunday. Chile claimed responsibility for the mistake.",
        "Rebels attacked a town in Chad. The Sahel Front did not claim responsibility.",
        "Ghana beat Togo in the final. Kenya claimed victory.",
        "The Sahel Front claimed responsibility. Nobody was hurt.",
    ],
)
def test_no_attack_claimed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a in {"Sahel Front", "Chile", "Kenya"} for a, _ in opposed(facts_of, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish embassy in Mogadishu was hit by a car bomb on Friday. "
         "The Islamic Sahel Front claimed responsibility.", ("Islamic Sahel Front", "Turkey")),
        ("A Ghanaian patrol boat was hit by a rocket off the coast on Monday. "
         "The Delta Brigade claimed responsibility.", ("Delta Brigade", "Ghana")),
        ("The Peruvian consulate in Quito was hit by a grenade. "
         "The Andes Front claimed responsibility in a statement.", ("Andes Front", "Peru")),
    ],
)  # fmt: skip
def test_the_claimed_attack_hit_the_subject_of_its_passive(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "owner", "place_country"),
    [
        ("A car bomb hit the Turkish embassy in Mogadishu on Friday. "
         "The Islamic Sahel Front claimed responsibility.", "Turkey", "Somalia"),
        ("Gunmen stormed the Indian consulate in Herat on Sunday. "
         "The Islamic Sahel Front claimed responsibility.", "India", "Afghanistan"),
        ("Rockets hit the French embassy in Bamako overnight. "
         "The Sahel Front claimed responsibility.", "France", "Mali"),
    ],
)  # fmt: skip
def test_a_place_is_no_target_beside_the_one_whose_building_was_hit(
    facts_of, text: str, owner: str, place_country: str
) -> None:  # type: ignore[no-untyped-def]
    targets = {t for a, t in opposed(facts_of, text) if a != "Gunmen"}
    assert owner in targets and place_country not in targets
