"""Goods a firm sells are trade, not aid: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Velcor Energy shipped crude oil to India.",
        "Norvak Gas shipped gas to Ukraine last winter.",
        "Skyward Aero delivered ten jets to Bluewing Airways.",  # from a firm to a firm
        "Skyward Aero delivered 12 helicopters to Coastline Air.",
        "Norvak Power supplied Moldova with electricity last winter.",
    ],
)
def test_a_firms_goods_are_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kuwait shipped fuel to Jordan.", ("Kuwait", "Jordan")),
        ("Germany supplied vaccines to Peru.", ("Germany", "Peru")),
        ("India shipped medical supplies to Nepal.", ("India", "Nepal")),
        ("The European Union donated 50 ambulances to Moldova.", ("European Union", "Moldova")),
        ("Turkey airlifted aid to Libya.", ("Turkey", "Libya")),
        ("Romania has supplied Moldova with electricity since 2022.", ("Romania", "Moldova")),
        ("Romania sent electricity to Moldova during the blackout.", ("Romania", "Moldova")),
    ],
)  # fmt: skip
def test_a_state_or_bodys_goods_are_aid(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)
