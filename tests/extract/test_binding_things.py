"""Renouncing what binds a country (its obligations, its duties) is no stand
against that country: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "The Freedom Party now urges the outright denunciation of Chile's treaty obligations.",
        "The Freedom Party denounced Chile's obligations under the pact.",
        "The Freedom Party criticised Peru's treaty duties.",
    ],
)
def test_renouncing_a_countrys_obligations_is_no_stand_against_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Freedom Party denounced Chile's policies.", ("Freedom Party", "Chile")),
        ("The Freedom Party called for the denunciation of Chile's plans.",
         ("Freedom Party", "Chile")),
    ],
)  # fmt: skip
def test_denouncing_a_countrys_acts_stands_against_it(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)
