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


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("IOMC Secretary-General Laura Pinto met the Kenyan trade minister in Nairobi.",
         ("Laura Pinto", "IOMC")),
        # a body whose acronym is also an English verb, which the parser reads as one
        ("CITES Secretary-General Carla Mendes said the ban would stay.",
         ("Carla Mendes", "CITES")),
        ("On Monday PALM Secretary-General Ivo Marsh met the Kenyan trade minister.",
         ("Ivo Marsh", "PALM")),
    ],
)  # fmt: skip
def test_an_acronym_before_a_dashed_post(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A post written across a dash ("Secretary-General") is one post after the body."""
    assert tie in affiliations(facts_of(text))


def test_a_medium_before_a_post_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert all(body != "TV" for _, body in affiliations(facts_of("TV presenter Ana Ruiz said so.")))
