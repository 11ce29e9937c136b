"""A call paid on an unnamed official at his home or office is a visit, not an appeal
(kg.extract.contact.courtesy_call): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan envoy called on the Chinese ambassador at his residence on Monday.",
        "The Peruvian envoy called on the Bolivian minister at her office.",
        "Ambassador Lee Park called on the Thai foreign minister at his residence.",
    ],
)
def test_a_call_on_an_unnamed_official_at_home_is_no_appeal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(e.kind is EventKind.STATEMENT for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan envoy called on the Chinese ambassador to resign.",
        "Senator Lee Park called on the minister to explain the deal at his next briefing.",
    ],
)
def test_a_call_to_act_stays_an_appeal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(e.kind is EventKind.STATEMENT for e in facts.events)
