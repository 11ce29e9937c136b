"""A post whose "ex-" the parser splits off is no longer held (kg.language.titles
no_longer_holds): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "country", "target"),
    [
        ("The ex-president of Peru accused Bolivia of stealing water.", "Peru", "Bolivia"),
        ("The ex-leader of Chile criticised Argentina on Monday.", "Chile", "Argentina"),
        ("The ex-president of Ecuador condemned Colombia on Friday.", "Ecuador", "Colombia"),
    ],
)
def test_an_ex_holder_does_not_act_for_the_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, country: str, target: str
) -> None:
    assert (country, target) not in directed(facts_of(text), EventKind.CONFLICT)


def test_an_ex_holder_does_not_speak_for_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The ex-president of Peru said on Monday that Bolivia was stealing water.")
    assert "Peru" not in speakers(facts)


def test_a_holder_still_acts_for_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The president of Peru accused Bolivia of stealing water.")
    assert ("Peru", "Bolivia") in directed(facts, EventKind.CONFLICT)
