"""A person's name right after a verb that the parser reads as an adverb or a
clause is the verb's object (kg.language.loose_objects): sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # the surname read as a participle, the given name as punctuation
        (
            "President Karl Dorn met Chinese Premier Wen Shaoming for an hour today.",
            "Karl Dorn",
            "Wen Shaoming",
        ),
        (
            "President Karl Dorn phoned Chinese Premier Wen Shaoming for an hour today.",
            "Karl Dorn",
            "Wen Shaoming",
        ),
        # the whole name read as an adverbial noun beside "the following morning"
        (
            "Oxfam's director, Tom Reyes, met Chadian Prime Minister Albert Padoum the following morning.",
            "Tom Reyes",
            "Albert Padoum",
        ),
    ],
)
def test_a_stray_name_after_the_verb_is_the_one_met(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(a, b) in met_pairs(facts_of(text))


def test_the_title_before_the_name_stays_with_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("President Karl Dorn met Chinese Premier Wen Shaoming for an hour today.")
    found = affiliations(facts)
    assert ("Wen Shaoming", "China") in found
    assert ("Karl Dorn", "China") not in found


@pytest.mark.parametrize(
    "text",
    [
        '"The border is closed," said Chadian Prime Minister Albert Padoum the next day.',
        "Rebels attacked the town, said Interior Minister Albert Padoum.",
    ],
)
def test_a_name_after_a_verb_of_saying_is_its_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert "Albert Padoum" in speakers(facts)
    assert not met_pairs(facts)


def test_a_name_after_a_passive_is_no_object(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Reyes was named envoy by Chadian Prime Minister Albert Padoum.")
    assert not met_pairs(facts)
