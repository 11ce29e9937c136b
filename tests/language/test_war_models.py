"""Warplanes named by their model act for the country their nationality names."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish F-16s shot down a Syrian helicopter near the border.", ("Turkey", "Syria")),
        ("Two Russian Su-25s bombed a Georgian airfield on Monday.", ("Russia", "Georgia")),
        ("Indian MiG-21s attacked a Pakistani outpost.", ("India", "Pakistan")),
    ],
)
def test_a_nationality_s_war_model_is_its_state(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    ["F-16s flew over the capital on Monday.", "Turkish F-16s flew over a Syrian village."],
)
def test_no_nationality_or_no_attack_no_conflict(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
