"""A profession before a name and the body it is practised at: sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Analyst Sofia Marenko at Nordbank said the currency was weak.",
         ("Sofia Marenko", "Nordbank")),
        ("Oil analyst Jon Petrie at Kleinbank said prices would rise.", ("Jon Petrie", "Kleinbank")),
        ("Senior economist Maya Oduya at Citibank said the dollar would weaken.",
         ("Maya Oduya", "Citibank")),
        ("Professor Lena Hall at Oxford University said the vaccine worked.",
         ("Lena Hall", "Oxford University")),
    ],
)  # fmt: skip
def test_a_professional_works_at_the_body(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in affiliations(facts)
    assert speakers(facts) == {pair[0]}  # the profession is no part of the name


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Sofia Marenko said at Nordbank's office that the deal was close.",
        "Lawyer Hamid Qureshi at the Supreme Court said the ruling was unjust.",
        "Minister Ana Ruiz at the Nordic Council said the plan would work.",
    ],
)
def test_no_employer_from_where_one_speaks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p in affiliations(facts_of(text)) if p[1] in {"Nordbank", "Supreme Court",
                                                                   "Nordic Council"}}  # fmt: skip
