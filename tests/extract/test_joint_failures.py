"""Talks that came to nothing are an outcome, not a speaker's blame of the talkers."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Bolivia held talks in May, but the two sides failed to agree a border "
        "deal, the Andean Forum said in a report.",
        "Nepal said India and China had failed to reach an agreement on the dam.",
        "Analysts at the Sahel Institute said Mali and Niger failed to settle their dispute.",
        "Norway said Sudan and the rebels failed to strike a ceasefire deal in Oslo.",
    ],
)
def test_failing_to_agree_is_no_criticism(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru said Chile had failed to protect its fishermen.", ("Peru", "Chile")),
        ("Kenya said Somalia failed to honour the border deal.", ("Kenya", "Somalia")),
    ],
)
def test_failing_at_a_duty_is_still_blame(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)
