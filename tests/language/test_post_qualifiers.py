"""A word that qualifies a post, read as the start of the body before it
("Incoming World Bank president X"): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Incoming World Bank president Tom Sole met the French finance minister.", "Tom Sole",
         "World Bank"),
        ("Interim World Bank president Ann Rudd said the loan was approved.", "Ann Rudd",
         "World Bank"),
        # "New" opens some bodies' names: cut only before one the story names without it
        ("New Harbour Authority chairman Tom Sole said the port would reopen. The Harbour "
         "Authority has 40 staff.", "Tom Sole", "Harbour Authority"),
        ("New Marine Council head Ann Rudd said the fleet was ready. The Marine Council met "
         "on Monday.", "Ann Rudd", "Marine Council"),
    ],
)  # fmt: skip
def test_a_qualifier_is_no_part_of_the_body(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, body) in affiliations(facts)
    assert not any(a.name.startswith(("Incoming", "Interim", "New ")) for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("New Democratic Party leader Jim Tane said the tax was unfair.", "Jim Tane",
         "New Democratic Party"),
        ("New Zealand Prime Minister Helen Carrow said the deal was good.", "Helen Carrow",
         "New Zealand"),
    ],
)  # fmt: skip
def test_a_name_that_opens_with_new_keeps_it(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


def test_a_former_post_is_no_current_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Former World Bank president Tom Sole said the loan was a mistake.")
    assert [r.current for r in facts.relations if r.role == "president"] == [False]
