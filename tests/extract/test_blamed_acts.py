"""The attack a side is blamed for names who struck whom (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile blamed Peru for an attack on Bolivia.", ("Peru", "Bolivia")),
        ("Peru was blamed by Chile for the shelling of Bolivian border posts.", ("Peru", "Bolivia")),
        ("Ecuador blamed Colombia for a cyberattack on the Peruvian parliament.", ("Colombia", "Peruvian parliament")),
        ("On Monday Chile blamed Paraguay for the bombing of Bolivia's embassy.", ("Paraguay", "Bolivia")),
    ],
)  # fmt: skip
def test_who_is_blamed_for_an_attack_made_it(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not blame Peru for the attack on Bolivia.",
        "Chile may blame Peru for the attack on Bolivia.",
        "Chile refused to blame Peru for the attack on Bolivia.",
        "Peru was blamed for the attack on Bolivia.",  # no one is said to blame it
        "Chile blamed Peru for the collapse of the talks with Bolivia.",  # no attack
    ],
)
def test_no_attack_from_a_blame_not_laid_or_for_no_attack(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") not in directed(facts_of(text), EventKind.CONFLICT)
