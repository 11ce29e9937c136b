"""A name the parser hangs on the body a post serves ("the Emir of Qatar, X,") is the
holder's, and who is coordinated with the post is coordinated with the holder:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the holder's name left untagged, after a title the model does not know as one
        ("Chancellor Greta Almqvist and the Emir of Bahrain, Faisal Tamer, held talks in "
         "Manama on Monday.", ("Greta Almqvist", "Faisal Tamer")),
        ("Premier Olek Varsa and the Sultan of Oman, Harith Qassab, met in Muscat on Sunday.",
         ("Olek Varsa", "Harith Qassab")),
        # a body the model leaves untagged, a title it reads as a building
        ("Lena Hoverby and the Grand Imam of Al-Qaraween, Idris Baddou, met in Fez on Friday.",
         ("Lena Hoverby", "Idris Baddou")),
        ("Senator Maren Dalby and the Grand Imam of Al-Qaraween, Idris Baddou, held talks in "
         "Fez.", ("Maren Dalby", "Idris Baddou")),
    ],
)  # fmt: skip
def test_the_holder_named_after_a_post_of_a_place_meets_the_other(
    facts_of, text: str, people: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair(*people) in pairs
    assert not {p for p in pairs if p & {"Bahrain", "Oman", "Grand Imam", "Al-Qaraween"}}


def test_the_holder_signs_with_the_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Ilse Vandergrift and the Emir of Kuwait, Hamad Rashidi, signed a gas "
        "agreement in Kuwait City on Tuesday."
    )
    assert ("Ilse Vandergrift", "Hamad Rashidi") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        # the name's own apposition, no post before the body: no one's name
        "Ministers from Bahrain, Qatar and Oman met in Manama on Monday.",
        # a planned meeting stays planned
        "Chancellor Greta Almqvist and the Emir of Bahrain, Faisal Tamer, will meet in Manama.",
    ],
)
def test_no_meeting_without_a_named_holder_or_when_planned(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Greta Almqvist", "Faisal Tamer") not in pairs
    assert not {p for p in pairs if "Faisal Tamer" in p}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A spokeswoman for the World Bank, Maria Holt, said talks were going well.",
         "World Bank"),
        ("The World Bank wants a deal. A spokeswoman for the Bank, Maria Holt, said so.",
         "World Bank"),
        ("The European Commission wants a deal. A spokeswoman for the Commission, Maria Holt, "
         "said talks were going well.", "European Commission"),
    ],
)  # fmt: skip
def test_the_name_after_a_spokesmans_employer_is_the_spokesman(
    facts_of, text: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("Maria Holt", body) in affiliations(facts)
