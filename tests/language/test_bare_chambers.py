"""A bare "the House" names the chamber its story names, else one of that story's own
(kg.language.bare_chambers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.bare_chambers import is_chamber
from kg.records import ArticleFacts


def _house(facts: ArticleFacts) -> str:
    """The key of the actor the story's bare "House" is ("the US House" is named so too)."""
    return next(a.key for a in facts.actors if a.name.endswith("House") or "House" in a.aliases)


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        ("Chancellor Ann Vale set out the levy to the House of Commons on Wednesday.\n\n"
         "Ms Vale told the House that the levy would rise.", "commons"),
        ("Minister Cara Lind faced questions in the Commons over late trains.\n\n"
         "She told the House that new carriages were on the way.", "commons"),
        ("Lord Penrose used his first speech in the Lords to call for reform.\n\n"
         "He told the House that members should be elected.", "lords"),
        ("The House of Representatives passed the budget bill on Friday.\n\n"
         "Congressman Rick Dole told the House that the cuts were fair.", "representatives"),
        ("The US House debated the energy bill for a second day.\n\n"
         "Representative Lyle Fenn told the House that prices would fall.", "united-states-house"),
    ],
)  # fmt: skip
def test_the_house_is_the_chamber_its_story_names(facts_of, text: str, chamber: str) -> None:  # type: ignore[no-untyped-def]
    assert chamber in _house(facts_of(text)).lower()


@pytest.mark.parametrize(
    "text",
    [
        # two chambers: the word does not tell which
        "The identity bill passed the Commons on Tuesday and now goes to the Lords.\n\n"
        "Home Secretary Dan Mercer told the House the bill was needed.",
        # none
        "Former minister Hal Brook has died aged 88.\n\n"
        'Colleague Rita Moss said he could silence the House.',
    ],
)  # fmt: skip
def test_the_house_of_no_one_chamber_is_the_storys_own(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert _house(facts).endswith(facts.article.id)


@pytest.mark.parametrize(
    ("name", "word", "chamber"),
    [("House of Lords", "House", True), ("Lower House", "House", True),
     ("United States House", "House", True), ("Italian Senate", "Senate", True),
     ("White House", "House", False), ("House of Saud", "House", False),
     ("Chamber of Commerce", "Chamber", False), ("Clarence House", "House", False)],
)  # fmt: skip
def test_which_names_are_chambers(name: str, word: str, chamber: bool) -> None:
    assert is_chamber(name, word) is chamber


def test_a_house_that_is_no_chamber_keeps_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Senior members of the House of Saud met envoy Pia Kerr in Riyadh.")
    assert "org/house-of-saud" in {a.key for a in facts.actors}
