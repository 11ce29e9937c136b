"""Force used by accident is no attack: an adverb, an adjective or a phrase that says
the act was not meant. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kenyan troops accidentally shelled a Ugandan village.", ("Kenya", "Uganda")),
        (
            "Russian-backed separatists shot down a Malaysian airliner by mistake.",
            ("Russian-backed separatists", "Malaysia"),
        ),
        ("Israel bombed a Lebanese convoy in error.", ("Israel", "Lebanon")),
        ("Chad mistakenly bombed a Nigerien patrol on Monday.", ("Chad", "Niger")),
        (
            "The mistaken downing of a Ukrainian airliner by Iran shocked the world.",
            ("Iran", "Ukraine"),
        ),
    ],
)
def test_an_act_of_force_not_meant_is_no_attack(facts_of, text: str, absent) -> None:  # type: ignore[no-untyped-def]
    assert absent not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel bombed a Lebanese convoy on Monday.", ("Israel", "Lebanon")),
        ("Iran deliberately shot down a Ukrainian airliner.", ("Iran", "Ukraine")),
        ("Chad accidentally revealed that it bombed a Nigerien patrol.", ("Chad", "Niger")),
    ],
)
def test_a_deliberate_act_stays_an_attack(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)
