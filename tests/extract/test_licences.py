"""Licences to export or sell arms withheld from a country, in sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany suspended arms export licences for Turkey.", ("Germany", "Turkey")),
        ("Britain suspended 30 arms export licences to Israel.", ("United Kingdom", "Israel")),
        ("Canada froze export permits for Saudi Arabia.", ("Canada", "Saudi Arabia")),
    ],
)
def test_trade_licences_withheld(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Germany did not suspend arms export licences for Turkey.",
        "Germany may suspend arms export licences for Turkey.",
        "The regulator suspended the broadcaster's licence.",
        "France suspended the driving licences of two Belgian tourists.",
    ],
)
def test_other_licences_or_untold_acts(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway revoked export licences to Turkey on Monday.", ("Norway", "Turkey")),
        ("Spain rescinded its arms export permits for Egypt.", ("Spain", "Egypt")),
        ("Italy revoked all arms export licences for Qatar last week.", ("Italy", "Qatar")),
        ("Denmark annulled its arms sales to Pakistan.", ("Denmark", "Pakistan")),
    ],
)
def test_trade_revoked(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Norway may revoke export licences to Turkey.",
        "Norway did not revoke its export licences to Turkey.",
        "The city revoked the taxi firm's licence.",
    ],
)
def test_revoked_other_or_untold(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
