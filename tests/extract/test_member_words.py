"""What the words before a member noun say: a would-be member is none yet, a
former one's membership has ended. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import memberships

EU = "European Union"


@pytest.mark.parametrize(
    "text",
    [
        "The EU summit opened on Thursday. Moldova, a would-be member of the bloc, was invited.",
        "The EU summit opened on Thursday. Moldova, an aspiring member of the bloc, was invited.",
        "Albania, a prospective member of the European Union, signed the accord on Monday.",
        "Albania, a candidate member of the European Union, signed the accord on Monday.",
        "Iceland, a non-member of the EU, signed the accord on Monday.",
    ],
)
def test_a_hoped_for_membership_is_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(group == EU for _, group in memberships(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "member", "group"),
    [
        (
            "Iceland, a founding member of NATO, signed the accord.",
            "Iceland",
            "North Atlantic Treaty Organization",
        ),
        ("Albania, a full member of the European Union, signed the accord.", "Albania", EU),
    ],
)
def test_a_member_still_is_one(facts_of, text, member, group) -> None:  # type: ignore[no-untyped-def]
    assert (member, group) in memberships(facts_of(text))


def test_a_former_member_has_left(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The EU summit opened. Britain, a former member of the bloc, was invited.")
    ties = [r for r in facts.relations if r.type is RelationType.MEMBERSHIP]
    assert ties and not any(r.current for r in ties)
