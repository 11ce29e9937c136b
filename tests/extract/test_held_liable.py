""" "Held X responsible" accuses X, however the parser hangs "responsible"."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Serbia holds Croatia responsible for the violence.",  # a clause of its own
        "Serbia said it held Croatia fully responsible for the deaths.",  # a modifier of X
        "Serbia held Croatia accountable for the killings.",  # an adverbial
        "Croatia was held responsible by Serbia.",  # "by" on the adjective
    ],
)
def test_held_responsible_accuses(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Serbia", "Croatia") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Croatia was held responsible for the attack.",  # no one holds it
        "Serbia held the responsible officials of Croatia in custody.",  # a modifier before
        "Serbia held talks with Croatia on Monday.",  # talks
    ],
)
def test_no_one_held_responsible_by_anyone_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p in directed(facts_of(text), EventKind.CONFLICT) if p[0] == "Serbia"}
