"""The named holder of a post told by its body acts, not the body: "the head of
X's mission, A, met B". Sentences written for these tests; names are invented."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("The head of the African Union's monitoring mission, Ghanaian diplomat Kofi Mensah, "
         "met Electoral Board chairman Tariq Hadi on Sunday.",
         pair("Kofi Mensah", "Tariq Hadi"), pair("African Union", "Tariq Hadi")),
        ("The head of the Arab League's monitoring mission, Jordanian judge Samir Haddad, "
         "met Interior Minister Ahmed Saleh in Cairo.",
         pair("Samir Haddad", "Ahmed Saleh"), pair("Arab League", "Ahmed Saleh")),
        ("The chief of the African Union's peace mission, Nigerian general Musa Bello, met "
         "Finance Minister Omar Idris on Monday.",
         pair("Musa Bello", "Omar Idris"), pair("African Union", "Omar Idris")),
    ],
)  # fmt: skip
def test_the_named_holder_meets(facts_of, text: str, expected, wrong) -> None:  # type: ignore[no-untyped-def]
    found = met_pairs(facts_of(text))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    [
        "The head of the African Union's mission, Kofi Mensah, was not invited to the talks.",
        "The head of the African Union's mission, Kofi Mensah, will meet Tariq Hadi on Sunday.",
        "The head of the African Union's mission did not meet Tariq Hadi.",
    ],
)
def test_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
