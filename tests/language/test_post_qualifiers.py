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
        # or "New" opens the sentence before a post, the body named nowhere else
        ("New Metropolitan Police Commissioner Ann Sole said crime had fallen.", "Ann Sole",
         "Metropolitan Police"),
        ("New Vantor Group chief executive Lena Marsh said profits would rise.", "Lena Marsh",
         "Vantor Group"),
        ("New Coastal Water Board chairman Ed Rowe met the mayor of Leeds on Monday.", "Ed Rowe",
         "Coastal Water Board"),
        ("Newly appointed Harbour Authority chairman Tom Brack said the port would grow.",
         "Tom Brack", "Harbour Authority"),
        ("Outgoing Norland Police Service chief Ivo Dent said crime had fallen.", "Ivo Dent",
         "Norland Police Service"),
        ("Acting Coastal Water Board chairman Ed Rowe said bills would rise.", "Ed Rowe",
         "Coastal Water Board"),
        # a known name after "New" is the body, however common its words
        ("New World Bank president Tom Sole said the loan was approved.", "Tom Sole",
         "World Bank"),
        # a state bank's word or an adjective after "New": the body a new holder heads
        ("New Central Bank governor Mira Tolland said inflation would ease.", "Mira Tolland",
         "Central Bank"),
        ("New National Bank governor Tom Reddle said the currency was stable.", "Tom Reddle",
         "National Bank"),
        ("New Global Energy chief executive Sara Kline said profits rose.", "Sara Kline",
         "Global Energy"),
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
        # a place's name, or one the story gives with "New" inside a sentence
        ("New York Police Department Commissioner Ann Sole said crime had fallen.", "Ann Sole",
         "New York Police Department"),
        ("New Jersey Transit Authority chairman Ed Rowe said fares would rise.", "Ed Rowe",
         "New Jersey Transit Authority"),
        ("The New Harbour Authority was set up in May. New Harbour Authority chairman Tom Brack "
         "said the port would grow.", "Tom Brack", "New Harbour Authority"),
        ("The board said New Vantor Group chief executive Lena Marsh would start in May.",
         "Lena Marsh", "New Vantor Group"),
        # a firm's name of "New", a common word and a firm's ending, opening a sentence
        ("New Line Studios chief Paul Mayer said the film would open in May.", "Paul Mayer",
         "New Line Studios"),
        ("New Century Bank chairman Tom Reed said the deal was done.", "Tom Reed",
         "New Century Bank"),
        ("New Horizon Energy chief executive Sara Kline said profits rose.", "Sara Kline",
         "New Horizon Energy"),
    ],
)  # fmt: skip
def test_a_name_that_opens_with_new_keeps_it(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "cut"),
    [
        ("New Democracy leader Ann Sole said the vote was fair.", "Ann Sole", "Democracy"),
        ("New Dawn chairman Ann Sole said the party would win.", "Ann Sole", "Dawn"),
    ],
)
def test_a_one_word_name_after_new_is_not_cut(facts_of, text: str, person: str, cut: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, cut) not in affiliations(facts_of(text))


def test_a_former_post_is_no_current_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Former World Bank president Tom Sole said the loan was a mistake.")
    assert [r.current for r in facts.relations if r.role == "president"] == [False]
