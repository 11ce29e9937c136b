"""Posts a move between parties gives: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, memberships


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Veteran MP Alan Birch defected from the Conservatives to the UK Independence Party on Monday.",
         "Alan Birch", "UK Independence Party"),
        ("Nadia Orme, a former Liberal Democrat councillor, has defected to the Green Party.",
         "Nadia Orme", "Green Party of England and Wales"),
        ("Joan Ferris, who stood for the Green Party in 2001, has joined Labour.",
         "Joan Ferris", "Labour Party"),
        ("Joan Ferris, who stood for the Green Party in 2001, has joined Labour.",
         "Joan Ferris", "Green Party of England and Wales"),
        ("Mark Lyle crossed the floor to join the Liberal Democrats last year.",
         "Mark Lyle", "Liberal Democrats"),
        ("Helen Gower, who is standing for the Unity Party in Westfield, said crime mattered.",
         "Helen Gower", "Unity Party"),
        ("Former Conservative MP Ian Roe switched to the Referendum Party in 1997.",
         "Ian Roe", "Referendum Party"),
        ("Peter Quill, who joined the Referendum Party in 1996, said the campaign was bruising.",
         "Peter Quill", "Referendum Party"),
    ],
)  # fmt: skip
def test_a_party_moved_to_is_an_affiliation(facts_of, text: str, person: str, party: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, party) in affiliations(facts)
    assert not {m for m in memberships(facts) if m[0] == person}  # a person is no member_of


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Alan Birch denied that he would defect to the UK Independence Party.", "Alan Birch"),
        ("Tom Keane said he would not defect to the Liberal Democrats.", "Tom Keane"),
        ("Ann Vale hopes to join the Liberal Democrats.", "Ann Vale"),
        ("Clara Mott joined Amnesty International in condemning the law.", "Clara Mott"),
        ("Ann Price joined Tom Keane on the campaign trail in Bristol.", "Ann Price"),
        ("Tom Keane stood for the leadership in 1994.", "Tom Keane"),
    ],
)
def test_no_party_without_an_asserted_move(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a in affiliations(facts_of(text)) if a[0] == person}
