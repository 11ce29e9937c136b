"""A side that says what was done to it accuses the doer: sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seoul said Pyongyang had fired artillery at a South Korean island.",
         ("South Korea", "North Korea")),
        ("Norway said on Friday that Russia had shelled a Norwegian border post.",
         ("Norway", "Russia")),
        ("Japan said China had detained two Japanese diplomats in Shanghai.",
         ("Japan", "China")),
        ("Georgia said that Russian jets had bombed Georgia's border villages.",
         ("Georgia", "Russia")),
    ],
)  # fmt: skip
def test_a_victim_telling_a_deed_accuses_its_doer(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway said Russia had shelled Ukraine's border villages.", ("Norway", "Russia")),
        ("Norway said Russia would shell a Norwegian border post.", ("Norway", "Russia")),
        ("Norway said Russia had not shelled a Norwegian border post.", ("Norway", "Russia")),
        ("Norway did not say that Russia had shelled a Norwegian border post.",
         ("Norway", "Russia")),
        ("Norway said its border post had been shelled.", ("Norway", "Russia")),
        ("Norway said Russia had criticised Norwegian fishing policy.", ("Norway", "Russia")),
    ],
)  # fmt: skip
def test_no_charge_without_a_deed_done_to_the_speaker(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    charges = [e for e in facts.events if e.evidence.extractor.startswith("victims_charges")]
    assert not charges, pair
