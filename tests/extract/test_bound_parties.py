"""A pact named in an adjunct binds the clause's subject: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Under an agreement with Morocco, Spain will return the migrants.", ("Spain", "Morocco")),
        ("As part of a deal with the IMF, Ghana cut fuel subsidies.",
         ("Ghana", "International Monetary Fund")),
        ("In accordance with its treaty with Panama, Costa Rica opened the bridge.",
         ("Costa Rica", "Panama")),
    ],
)  # fmt: skip
def test_a_pact_in_an_adjunct_binds_the_subject(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Under pressure from Morocco, Spain returned the migrants.",  # no pact
        "Under the proposed deal with Morocco, Spain would return the migrants.",  # proposed
    ],
)
def test_no_pact_in_the_adjunct_binds_nobody(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Spain", "Morocco") not in directed(facts_of(text), EventKind.COOPERATION)
