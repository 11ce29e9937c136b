"""Member nouns set off by commas after a pair of names (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, memberships

EAC = "East African Community"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Kenya and Uganda, fellow members of the East African Community, signed a trade deal.",
         {("Kenya", EAC), ("Uganda", EAC)}),
        ("Tanzania and Rwanda, fellow members of the East African Community, signed a deal.",
         {("Tanzania", EAC), ("Rwanda", EAC)}),
        ("Kenya and Ethiopia, fellow members of the African Union, signed a deal.",
         {("Kenya", "African Union"), ("Ethiopia", "African Union")}),
        ("Laos and Cambodia, fellow members of the Association of Southeast Asian Nations, signed a deal.",
         {("Laos", "Association of Southeast Asian Nations"),
          ("Cambodia", "Association of Southeast Asian Nations")}),
    ],
)  # fmt: skip
def test_members_set_off_after_a_pair_are_the_pairs(
    facts_of, text: str, pairs: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pairs <= memberships(facts)
    # the body is what they belong to, not a third party to the deal
    body = next(iter(pairs))[1]
    assert not any(body in p for p in cooperation_pairs(facts))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, Uganda and the members of the East African Community signed a deal.",
        "Kenya and Uganda signed a deal with members of the East African Community.",
        "Kenya and Uganda, which are rivals, met members of the East African Community.",
    ],
)
def test_members_in_the_list_itself_stay_listed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", EAC) not in memberships(facts_of(text))
