"""A party named by a family's label many countries share ("the Social Democrats")."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Social Democrats said they would vote against the budget.", "Social Democrats"),
        ("The Christian Democrats said they would block the bill.", "Christian Democrats"),
        ("The Free Democrats said the tax rise was wrong.", "Free Democrats"),
        ("Norway's Christian Democrats said on Monday that the deal was fair.",
         "Christian Democrats"),
    ],
)  # fmt: skip
def test_the_family_label_speaks(facts_of, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(facts_of(text))
    assert party in got
    assert "Democrats" not in got  # not the US party named by the label's last word


def test_the_family_label_acts_and_meets(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Social Democrats accused the Christian Democrats of betraying voters.")
    assert ("Social Democrats", "Christian Democrats") in directed(facts, EventKind.CONFLICT)
    facts = facts_of(
        "Austria's Social Democrats and the Greens met on Friday to discuss a coalition."
    )
    assert pair("Social Democrats", "Greens") in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Three Social Democrats voted against the bill, officials said.",
        "Social Democrat leader Karl Obermayr said the plan was dead.",
        "Two Free Democrats said the tax rise was wrong.",
    ],
)
def test_members_and_adjectives_are_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text)) & {"Social Democrats", "Free Democrats", "Democrats"}
