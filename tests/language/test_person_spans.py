"""Person names the model cuts or misses, repaired from the parse: sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Maria Kolar Berg arrived in Oslo on Monday.", "Maria Kolar Berg"),
        ("The talks were led by Mr Lowe, the minister said.", "Lowe"),
        ("The envoy, Ruth Gale, met the minister in Oslo.", "Ruth Gale"),
    ],
)
def test_person_names_are_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert name in people
    assert not any(p != name and name.startswith(p) for p in people)  # not cut short


def test_a_given_name_that_is_a_nationality(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Economy minister German Gref": between a title and a name no nationality stands."""
    facts = facts_of("Economy minister German Gref said growth would slow.")
    assert not any(a.type.value == "Country" for a in facts.actors)
    facts = facts_of("The German minister Ann Holt said growth would slow.")
    assert any(a.name == "Germany" for a in facts.actors)
