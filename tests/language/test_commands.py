"""A military command of a state or an alliance stands for its owner; its commander
or head serves the owner (kg.language.commands): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("The commander of US Africa Command, General Ana Ruiz, said the strikes would "
         "continue.", "Ana Ruiz", "United States"),
        ("General Ana Ruiz, head of US Africa Command, met Kenya's defence minister in "
         "Nairobi.", "Ana Ruiz", "United States"),
        ("Admiral Tom Berg, the commander of US Central Command, held talks with Oman's "
         "defence minister.", "Tom Berg", "United States"),
        ("US Africa Command's commander, General Ana Ruiz, met Somali officials in "
         "Mogadishu.", "Ana Ruiz", "United States"),
        ("General Ana Ruiz, who heads US Africa Command, said the strikes had killed ten "
         "militants.", "Ana Ruiz", "United States"),
        ("General Tom Berg, the head of NATO's Allied Land Command, visited Latvia.",
         "Tom Berg", "North Atlantic Treaty Organization"),
    ],
)  # fmt: skip
def test_the_commander_serves_the_owner(facts_of, text, person: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, owner) in affiliations(facts)
    assert not any("Command" in a.name for a in facts.actors)


def test_the_commander_speaks_and_meets_as_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    said = facts_of("The commander of US Africa Command, General Ana Ruiz, said the strikes "
                    "would continue.")  # fmt: skip
    assert speakers(said) == {"Ana Ruiz"}
    met = facts_of("General Ana Ruiz, head of US Africa Command, met Kenya's defence minister.")
    assert pair("Ana Ruiz", "Kenya") in met_pairs(met)


@pytest.mark.parametrize(
    "text",
    [
        "General Ana Ruiz, head of the Azure Front's Northern Command, said the rebels "
        "would fight on.",
        "General Ana Ruiz, head of Kestrel Holdings' Security Command, said guards were ready.",
    ],
)
def test_a_command_of_no_state_or_alliance_is_no_ones(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.type.value == "Country" for a in facts.actors)


def test_a_former_commander_holds_the_post_no_more(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A former commander of US Africa Command, General Ana Ruiz, said the "
                     "strikes were a mistake.")  # fmt: skip
    assert speakers(facts) == {"Ana Ruiz"}
    assert not any("Command" in a.name for a in facts.actors)
