"""A body and the region its possessive names, glued by the model into one name:
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ines Calder, director of the World Health Organization's Europe office, spoke in Geneva.",
         "World Health Organization"),
        ("Ines Calder, director of the World Health Organization's Africa office, met the minister.",
         "World Health Organization"),
    ],
)  # fmt: skip
def test_the_body_before_the_possessive_is_the_name(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    bodies = {e.text for e in nlp(text).ents if e.label_ == "ORG"}
    assert bodies == {body}


def test_the_head_of_a_regional_office_holds_a_post_in_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ines Calder, director of the World Health Organization's Europe office, "
                     "spoke in Geneva.")  # fmt: skip
    assert ("Ines Calder", "World Health Organization") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders of the Pakistan People's Party met in Karachi.", "Pakistan People's Party"),
        ("Women's Institute members met the minister.", "Women's Institute"),
    ],
)
def test_a_name_with_a_possessive_inside_stays_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in {e.text for e in nlp(text).ents if e.label_ == "ORG"}
