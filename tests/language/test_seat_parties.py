"""A party label before a seat of a nation's own legislature links only a party
that stands there: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Green MSP Ann Sole said the bill was flawed.", "Ann Sole"),
        ("Ann Sole, a Green MSP, said the bill was flawed.", "Ann Sole"),
        ("The Green MSP Ann Sole criticised the Scottish government.", "Ann Sole"),
        ("Green MLA Rory Dane said the executive had failed.", "Rory Dane"),
    ],
)
def test_a_party_of_another_nation_is_no_seats_party(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not {b for p, b in affiliations(facts_of(text)) if p == person and "Green" in b}


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        # (the party named as the story names it: "Green")
        ("Green MS Ann Vell said the Welsh government had failed.", "Ann Vell", "Green"),
        ("Green MP Ann Sole said the bill was flawed.", "Ann Sole", "Green"),
        ("SNP MSP Ann Sole said the bill was flawed.", "Ann Sole", "Scottish National Party"),
        ("Tory MSP Tom Ridd criticised the Scottish government.", "Tom Ridd",
         "Conservative Party"),
    ],
)  # fmt: skip
def test_a_party_that_stands_there_keeps_its_member(facts_of, text: str, person: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, party) in affiliations(facts_of(text))
