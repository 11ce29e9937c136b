"""What unconfirmed sources say is passed on, not vouched for (kg.extract.hearsay)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed

UNCONFIRMED = [
    ("Unconfirmed reports said Peruvian troops had shelled Chilean territory.", EventKind.CONFLICT),
    ("According to unverified reports, Peruvian jets bombed a Chilean village.",
     EventKind.CONFLICT),
    ("Peruvian jets bombed a Chilean village, according to unconfirmed reports.",
     EventKind.CONFLICT),
    ("Rumours said Bolivia had attacked Paraguay.", EventKind.CONFLICT),
    ("Unverified reports on social media said Peru had signed a secret deal with Chile.",
     EventKind.COOPERATION),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), UNCONFIRMED)
def test_what_unconfirmed_reports_say_is_alleged(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the event is kept
    assert directed(facts, kind) == set()  # but not as a fact


@pytest.mark.parametrize(
    "text",
    [
        "Reports said Peruvian troops had shelled Chilean territory.",
        "According to reports, Peruvian jets bombed a Chilean village.",
        "Peruvian jets bombed a Chilean village, according to state media.",
    ],
)
def test_a_cited_report_with_no_doubt_on_it_is_told_as_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)
