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
