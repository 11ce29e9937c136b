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
