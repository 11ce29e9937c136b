"""Armed men named by a possessive pronoun that refers to a movement are the
movement's own ("Hamas said its fighters had fired ...": Hamas fired), as "Hamas's
fighters" are Hamas (kg.extract.grammar, kg.language.common_nouns): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            "Hamas said on Sunday its fighters had fired rockets at Israeli towns.",
            "Hamas",
            "Israel",
        ),
        (
            "The Taliban said on Friday their fighters had attacked Pakistani border posts.",
            "Taliban",
            "Pakistan",
        ),
        ("Hezbollah said its fighters shelled Israeli positions overnight.", "Hezbollah", "Israel"),
        (
            "The Nusra Front said its militants had attacked Syrian army posts.",
            "Nusra Front",
            "Syria",
        ),
    ],
)
def test_a_movements_men_act_for_it(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert (agent, target) in found
    assert not any(a in {"fighters", "militants"} for a, _ in found)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a country's fighters or a person's are not the country or the person
        ("Kenya said its fighters had attacked al-Shabaab camps.", "Kenya"),
        ("Ali Sow said his fighters had attacked Malian army posts.", "Ali Sow"),
    ],
)
def test_a_countrys_or_a_persons_fighters_are_not_them(facts_of, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    assert all(a != owner for a, _ in directed(facts_of(text), EventKind.CONFLICT))
