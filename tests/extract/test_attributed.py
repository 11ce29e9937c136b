"""Attributing an attack or a harm to someone accuses them."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel attributed the attack to Hezbollah.", ("Israel", "Hezbollah")),
        (
            "Chadian officials attributed the bombings in Abeche to the Justice Front.",
            ("Chad", "Justice Front"),
        ),
        ("The raid was attributed to Sudan by the Chadian government.", ("Chad", "Sudan")),
        (
            "Kenya ascribed the killings to the Shifta Brigade on Monday.",
            ("Kenya", "Shifta Brigade"),
        ),
    ],
)
def test_an_attack_attributed_to_someone_accuses_them(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey attributed the rise in prices to the drought.",  # no harm, no actor
        "Israel attributed the quote to Hezbollah.",  # a quote, no harm
        "The bombing was attributed to Hezbollah.",  # no one attributes it
        "Israel did not attribute the attack to Hezbollah.",  # denied
    ],
)
def test_attributing_no_harm_accuses_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile, Peru and Ecuador jointly attributed the breach to Bolivia.", ("Ecuador", "Bolivia")),
        ("Japan attributed the cyberattack on its space agency to Mongolia.", ("Japan", "Mongolia")),
        ("Chile and Peru attributed the sabotage of the pipeline to Bolivia.", ("Peru", "Bolivia")),
        ("Norway attributed the hacking of its parliament to Belarus.", ("Norway", "Belarus")),
    ],
)  # fmt: skip
def test_a_breach_or_sabotage_attributed_to_someone_accuses_them(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile attributed the breach to a software fault.",
        "Chile did not attribute the hack to Peru.",
        "The breach was attributed to Peru.",
    ],
)
def test_a_breach_blamed_on_no_one_named_accuses_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
