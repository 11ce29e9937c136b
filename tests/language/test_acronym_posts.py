"""A body's acronym before the post of a named person."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # untagged by the model
        ("FA chief executive Tom Hart said the decision was final.", ("Tom Hart", "FA")),
        ("MI5 director general Jane Ash said the threat was growing.", ("Jane Ash", "MI5")),
        # taken for a person by itself
        ("The former MI6 chief Richard Vane said the risk was rising.", ("Richard Vane", "MI6")),
        ("The ZKP spokesman Ian Moss denied the report.", ("Ian Moss", "ZKP")),
    ],
)
def test_an_acronym_before_a_persons_post_is_the_body(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    facts = facts_of(text)
    assert tie in affiliations(facts)
    assert tie[0] in speakers(facts)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("IT director Tom Hart said the system was down.", "IT"),  # a business function
        ("HR chief Lena Moss said staff would be told.", "HR"),
        ("PC Tom Hart said the road was closed.", "PC"),  # a rank, no post after it
        ("MP Tom Hart said the road was closed.", "MP"),
    ],
)
def test_a_function_or_a_rank_names_no_body(  # type: ignore[no-untyped-def]
    facts_of, text: str, code: str
) -> None:
    assert all(body != code for _, body in affiliations(facts_of(text)))


def test_a_country_code_before_a_post_stays_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    ties = affiliations(facts_of("US president Joe Biden said the talks went well."))
    assert ("Joe Biden", "United States") in ties


def test_an_acronym_the_story_writes_as_a_word_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Its chief executive Tom Hart said so. ITS chief executive Tom Hart agreed."
    assert all(body != "ITS" for _, body in affiliations(facts_of(text)))
