"""The person after a body and her post speaks, where the parser made the body the
subject: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Committee on Fisheries chair Maria Sousa said the quotas were too high.",
         "Maria Sousa", "Committee on Fisheries"),
        ("Council on Ethics chair Peter Hale said the rules were clear.",
         "Peter Hale", "Council on Ethics"),
        ("Board for Energy Efficiency chairman Karl Brandt said prices would rise.",
         "Karl Brandt", "Board for Energy Efficiency"),
    ],
)  # fmt: skip
def test_the_post_holder_speaks(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert person in said and body not in said


def test_a_body_that_speaks_of_a_person_is_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of("The Council on Ethics said chair Peter Hale had resigned."))
    assert "Peter Hale" not in said
