"""Plural references resolved to the actors named before (kg.language.plural_resolution):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two sides" may be a state and a movement, or two movements
        ("The United States and the Taliban agreed to a truce. The two sides met in Doha.",
         pair("United States", "Taliban")),
        ("After Colombia and the FARC signed a truce, the two sides met in Havana.",
         pair("Colombia", "FARC")),
        ("Peru and Chile agreed to a truce. The two sides met in Lima.", pair("Peru", "Chile")),
    ],
)  # fmt: skip
def test_the_two_sides_are_the_pair_named_together(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chief executives Ana Ruiz of Velcor and Tom Lind of Marlow met in Oslo on Monday. "
         "The two executives signed a supply deal.", ("Ana Ruiz", "Tom Lind")),
        ("Ana Ruiz and Tom Lind, who run rival carmakers, met in Oslo. The two bosses agreed "
         "to share a plant.", ("Ana Ruiz", "Tom Lind")),
    ],
)  # fmt: skip
def test_the_two_executives_are_the_pair_named_before(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Foreign Minister Jana Berg of Norway met her Icelandic counterpart, Olaf Sund, in "
         "Oslo. The two ministers condemned Iran's missile test.", {"Jana Berg", "Olaf Sund"}),
        ("President Ana Ruiz of Peru met his Chilean counterpart, Tomas Lind, in Lima. The two "
         "presidents condemned Bolivia's raid on the embassy.", {"Ana Ruiz", "Tomas Lind"}),
    ],
)  # fmt: skip
def test_the_two_holders_count_a_counterpart(facts_of, text: str, agents: set[str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    found = {names[a] for e in facts.events if e.trigger == "condemned" for a in e.actors("agent")}
    assert found == agents
