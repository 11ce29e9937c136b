"""An acronym the model does not tag, coordinated with an actor it does, is a body
or group: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


def names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Colombia and the ELN signed a ceasefire agreement on Tuesday.",
            EventKind.COOPERATION,
            ("Colombia", "ELN"),
        ),
        (
            "Peru and the MRTA signed a truce in Lima on Friday.",
            EventKind.COOPERATION,
            ("Peru", "MRTA"),
        ),
    ],
)
def test_an_acronym_beside_a_country_is_a_party(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Sudan and the SPLM resumed in Addis Ababa on Monday.", ("Sudan", "SPLM")),
        ("Ethiopia and the ONLF held talks in Nairobi.", ("Ethiopia", "ONLF")),
    ],
)
def test_talks_between_a_country_and_an_acronym(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        # a measure, a role, a medium: capitals that name no body
        ("Profits and GDP rose in France and Spain last year.", "GDP"),
        ("Renault and its CEO were fined in France.", "CEO"),
    ],
)
def test_capitals_that_name_no_body(facts_of, text: str, not_an_actor: str) -> None:  # type: ignore[no-untyped-def]
    assert not_an_actor not in names(facts_of(text))
