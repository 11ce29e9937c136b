"""Whom blame is laid on: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru blamed the collapse of the talks on Chile.", {("Peru", "Chile")}),
        ("Peru blamed the failure of the border talks on Bolivia.", {("Peru", "Bolivia")}),
        ("Peru laid the blame for the blast on Chile.", {("Peru", "Chile")}),
        ("Peru blamed the attack on its embassy on Chile.", {("Peru", "Chile")}),
        ("Peru blamed Chile for the collapse of the talks.", {("Peru", "Chile")}),
        ("Peru blamed Chile on state television for the attack.", {("Peru", "Chile")}),
        ("Peru on Sunday blamed Chilean officials for failing to act.", {("Peru", "Chile")}),
    ],
)  # fmt: skip
def test_blame_laid_on_someone(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru blamed the attack by Chile on the weather.",
        "Peru blamed the raid by Chile on a breakdown in communications.",
        "The coach blamed the defeat by Chile on injuries.",
    ],
)
def test_what_is_blamed_is_no_target_nor_who_did_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Serbian foreign minister laid the blame squarely at Croatia's door.",
            ("Serbia", "Croatia"),
        ),
        ("Peru put the blame at Chile's door on Sunday.", ("Peru", "Chile")),
        ("The Chadian government pointed the finger at Sudan over the raid.", ("Chad", "Sudan")),
        ("Peru pointed the finger at Chile after the blast.", ("Peru", "Chile")),
    ],
)
def test_blame_laid_at_a_door_or_a_finger_pointed(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_pointing_at_a_map_blames_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Peru pointed at the map of Chile."), EventKind.CONFLICT)
