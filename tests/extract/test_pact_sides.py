"""Sides of a pact a noun phrase or an adjunct tells (kg.extract.pact_sides): sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Critics attacked Austria's deal with Ghana on migrants.", "Austria", "Ghana"),
        ("Charities attacked Sweden's deal with Kenya on refugees.", "Sweden", "Kenya"),
        ("Critics attacked Greece's deal with Egypt on migrants.", "Greece", "Egypt"),
    ],
)
def test_a_possessed_pact_ties_its_owner_to_the_partner_hung_on_the_verb(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "approver", "partner"),
    [
        ("The Green Party endorsed the government's deal with Chile.", "Green Party", "Chile"),
        ("The Senate approved the president's accord with Mexico.", "Senate", "Mexico"),
        ("The Senate ratified the president's treaty with Canada.", "Senate", "Canada"),
        ("The Liberal Party welcomed Norway's deal with Chile.", "Liberal Party", "Chile"),
    ],
)
def test_who_approves_someone_elses_pact_is_no_side_of_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, approver: str, partner: str
) -> None:
    pairs = cooperation_pairs(facts_of(text), factual_only=False)
    assert not any(approver in p and partner in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Sweden will pay Ghana to take back migrants under a deal signed last year.",
         "Sweden", "Ghana"),
        ("Under an accord announced on Friday, Niger will supply uranium to France.",
         "Niger", "France"),
        ("Denmark will pay Rwanda to house asylum seekers under a deal announced on Thursday.",
         "Denmark", "Rwanda"),
    ],
)  # fmt: skip
def test_who_acts_on_whom_under_a_pact_told_as_made_are_its_sides(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sweden will pay Ghana to take back migrants under a deal being discussed.",
        "Sweden will pay Ghana to take back migrants under a proposed deal.",
        "Peru will send troops to Ecuador under a deal that is still being negotiated.",
        "Under a deal drafted by lawyers, Niger could supply uranium to France.",
    ],
)
def test_a_pact_not_yet_made_ties_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of(text))
