"""Which kind of actor a named entity is (kg.language.entity_kinds): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.language.entity_kinds import law_name
from kg.records import EventKind
from tests.helpers import directed


def test_law_names() -> None:
    assert law_name("Prevention of Terrorism Bill")
    assert law_name("Licensing Act")
    assert not law_name("Marsh & McLennan")
    assert not law_name("Act")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine was hit by Russian missiles overnight.",
        "Poland was hit by Russian missiles overnight.",
    ],
)
def test_a_demonym_the_model_takes_for_a_language_before_a_noun_is_its_country(  # type: ignore[no-untyped-def]
    facts_of, text: str
) -> None:
    assert "Russia" in {agent for agent, _ in directed(facts_of(text), EventKind.CONFLICT)}
