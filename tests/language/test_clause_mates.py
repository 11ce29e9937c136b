"""A description never names the subject of its own clause: "China criticised the
country" is about a country named before, not China: sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # "the country", the object of a criticism
        ("Peru hosted the summit. Chile criticised the country for its stance.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        # "the island nation", the object of a threat
        ("Fiji held elections on Saturday. Vanuatu threatened the island nation on Sunday.",
         EventKind.CONFLICT, ("Vanuatu", "Fiji")),
        # "the nation", the object of a preposition after the verb
        ("Ghana hosted the talks on Monday. Togo lashed out at the nation over the border.",
         EventKind.CONFLICT, ("Togo", "Ghana")),
        # the subject of conjoined verbs
        ("Peru hosted the summit. Chile walked out and condemned the country.",
         EventKind.CONFLICT, ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_an_object_description_is_not_its_subject(facts_of, text: str, kind, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), kind)


def test_the_subject_itself_may_be_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    """As the subject, "the country" is still the country named last."""
    facts = facts_of("Peru hosted the summit. The country accused Chile of spying.")
    assert ("Peru", "Chile") in directed(facts, EventKind.CONFLICT)
