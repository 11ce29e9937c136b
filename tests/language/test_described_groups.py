"""Groups named by what they are belong to their article: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


def agents(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        p.actor
        for e in facts.events
        if e.kind is EventKind.CONFLICT
        for p in e.participants
        if p.role == "agent"
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The military detained Tomas Kerrin on Monday.", "The military detained Lia Moran."),
        ("The army attacked Chad on Monday.", "The army said it attacked Niger."),
        ("The junta expelled Tomas Kerrin.", "The junta expelled Lia Moran."),
    ],
)
def test_one_storys_military_is_not_anothers(facts_of, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    a, b = agents(facts_of(first)), agents(facts_of(second))
    assert len(a) == 1 and len(b) == 1
    assert a != b
    assert all(k.startswith("group/") for k in a | b)
