"""Words of protocol: a call paid on a monarch by title. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.protocol_words import MONARCHS
from tests.helpers import met_pairs, pair


def test_the_word_lists_are_read() -> None:
    assert {"emir", "king", "sultan"} <= MONARCHS


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Joren Vasko called on the Emir of Qatar on Sunday.", "Qatar"),
        ("Joren Vasko called on the King of Jordan at his palace.", "Jordan"),
        ("Joren Vasko called upon the Sultan of Oman in Muscat.", "Oman"),
    ],
)
def test_a_call_paid_on_a_monarch_is_a_meeting(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == {pair("Joren Vasko", country)}
    assert not any(e.type == "appeal" for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "Joren Vasko called on the King of Jordan to release the prisoners.",
        "Joren Vasko called on the Emir of Qatar for restraint.",
        "Joren Vasko called on Qatar to release the prisoners.",
    ],
)
def test_asking_a_monarch_is_no_call_paid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
