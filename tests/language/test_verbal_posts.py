"""A body's post the parser read as a verb ("NASA head X said"): sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Roscosmos head Pavel Dorenko said the launch was delayed.", ("Pavel Dorenko", "Roscosmos")),
        ("NASA head Tomas Verlin said the mission would go ahead.", ("Tomas Verlin", "NASA")),
        ("Roscosmos head Pavel Dorenko criticised the decision.", ("Pavel Dorenko", "Roscosmos")),
    ],
)  # fmt: skip
def test_a_post_read_as_a_verb(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert tie in affiliations(facts)
    assert tie[0] in speakers(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels head Ann Vale's way.",  # a verb: no name then a verb after it
        "Delegates from Varnia head to Geneva on Monday.",  # a verb, no name
    ],
)
def test_a_verb_stays_a_verb(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))
