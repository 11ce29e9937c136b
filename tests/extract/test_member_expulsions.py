"""Memberships ended by putting a member out: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import ended_memberships, memberships


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Belarus was expelled from the Council of Europe in 1997.", ("Belarus", "Council of Europe")),
        ("The Commonwealth expelled Pakistan after the coup.", ("Pakistan", "Commonwealth of Nations")),
        ("Guinea was kicked out of ECOWAS last year.",
         ("Guinea", "Economic Community of West African States")),
        ("Russia was thrown out of the Group of Eight after the vote.", ("Russia", "G8")),
        ("Niger, which was ousted from the African Union, held talks.", ("Niger", "African Union")),
    ],
)  # fmt: skip
def test_a_member_put_out_has_left(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in ended_memberships(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Fiji was suspended from the Commonwealth after the coup.",  # suspended, not out
        "Chad could be expelled from the African Union.",  # hypothetical
        "Mali was not expelled from ECOWAS.",  # negated
        "NATO expelled eight Russian diplomats on Wednesday.",  # people, not a member
        "Guinean protesters were thrown out of the African Union building.",  # a place
        "The African Union kicked off its summit in Addis Ababa.",  # no particle "out"
    ],
)
def test_no_membership_ended_without_a_member_put_out(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))
