"""A speaker who says something and then acts on someone with words (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Peru's president, Ines Soto, said the vote was flawed and accused Chile of meddling.",
         EventKind.CONFLICT, ("Ines Soto", "Chile")),
        ("Ines Soto, Peru's president, said the count was slow, and criticised Bolivia.",
         EventKind.CONFLICT, ("Ines Soto", "Bolivia")),
        ("Foreign Minister Ines Soto said prices had risen and praised Chile for its help.",
         EventKind.COOPERATION, ("Ines Soto", "Chile")),
        ("Ines Soto, the Peruvian envoy, said the deal was dead and blamed Ecuador.",
         EventKind.CONFLICT, ("Ines Soto", "Ecuador")),
    ],
)  # fmt: skip
def test_the_speaker_acts(facts_of, text: str, kind: EventKind, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


def test_a_reported_clause_that_names_someone_keeps_its_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    """The reported clause names someone, who may be the one who acts: as parsed."""
    text = "Ines Soto, Peru's president, said Chile had lied and accused Bolivia of meddling."
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Chile", "Bolivia") in found
    assert ("Ines Soto", "Bolivia") not in found


def test_a_deed_of_force_is_no_act_of_words(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "said the shells hit the town and killed two": the shells killed, not the speaker."""
    text = "Ines Soto, Peru's president, said the shells hit the town and killed two Chileans."
    assert not any(a == "Ines Soto" for a, _ in directed(facts_of(text), EventKind.CONFLICT))
