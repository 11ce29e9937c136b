"""A government named by its leader acts for the leader's country: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peruvian President Luis Mora met Chile's envoy. Mora's government later "
         "accused Bolivia of arming rebels.", ("Peru", "Bolivia")),
        ("Danish Prime Minister Eva Lund spoke on Monday. The Lund administration "
         "imposed sanctions on Iran.", ("Denmark", "Iran")),
        ("Kenyan President Ruth Wanjiku flew home. President Wanjiku's cabinet "
         "condemned Uganda.", ("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_a_leaders_government_is_the_leaders_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Mora's government accused Bolivia of arming rebels.",  # no country for Mora
        "Former Peruvian President Luis Mora spoke. Mora's government accused Bolivia.",
    ],
)
def test_no_country_for_a_leader_without_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a, _ in directed(facts_of(text), EventKind.CONFLICT) if a == "Peru"}


def test_a_countrys_government_is_still_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru's government accused Bolivia of arming rebels.")
    assert ("Peru", "Bolivia") in directed(facts, EventKind.CONFLICT)
