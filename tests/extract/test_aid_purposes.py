"""Help given for a purpose in a country: the country is helped
(kg.extract.aid_purposes)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Japan announced $20 million for flood relief in Peru.", "Japan", "Peru"),
        ("Norway gave a further $5m towards refugee camps in Chad.", "Norway", "Chad"),
        (
            "Britain announced a $30m package for drought victims in Kenya.",
            "United Kingdom",
            "Kenya",
        ),
        (
            "Britain's $30m package for drought victims in Kenya arrived on Monday.",
            "United Kingdom",
            "Kenya",
        ),
        (
            "Germany provided 10 million euros for earthquake victims in Turkey.",
            "Germany",
            "Turkey",
        ),
        ("Canada sent $2m in aid for flood victims in Malawi.", "Canada", "Malawi"),
        (
            "Sweden donated $4 million towards the reconstruction of schools in Nepal.",
            "Sweden",
            "Nepal",
        ),
        ("Denmark released $8 million for refugees in Jordan.", "Denmark", "Jordan"),
        ("Italy committed 5 million euros to reconstruction in Haiti.", "Italy", "Haiti"),
        (
            "The World Bank approved $500 million for the reconstruction of Haiti.",
            "World Bank",
            "Haiti",
        ),
        ("Canada unveiled $10m for Haiti's recovery.", "Canada", "Haiti"),
        ("Japan sent food to flood victims in Peru.", "Japan", "Peru"),
        ("Japan announced $20 million for Peru.", "Japan", "Peru"),
    ],
)
def test_the_country_of_the_purpose_is_helped(facts_of, text: str, giver: str, helped: str) -> None:  # type: ignore[no-untyped-def]
    assert (giver, helped) in directed(facts_of(text), EventKind.COOPERATION)


def test_a_pledge_for_a_purpose_keeps_its_sense(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The EU pledged 50 million euros for reconstruction in Haiti.")
    assert {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION} == {"033"}
    assert ("European Union", "Haiti") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Japan invested $20 million in a Peruvian port.",  # investment: no purpose phrase
        "Japan spent $20 million on flood defences in Osaka.",  # its own place
        "Japan raised $20 million in Peru.",  # not given
        "Japan raised $20 million for flood victims in Peru.",  # collected, not given
        "Japan is expected to announce $20 million for Peru.",  # planned
        "Japan did not announce any money for flood relief in Peru.",  # negated
        "Japan may give $20 million for flood victims in Peru.",  # hypothetical
        "Britain's proposed $30m package for drought victims in Kenya was discussed.",
        "Japan announced $20 million for its embassy in Peru.",  # its own thing
        "Japan announced $20 million for a factory in Osaka.",  # no purpose of relief
        "The US announced $50 million for opposition groups in Syria.",  # not the state's
        "Holm Bank announced $20 million for flood relief in Peru.",  # a firm's money
        "Japan announced $20 million for flood relief in Japan.",  # its own people
        "Japan announced new rules for refugees in Peru.",  # no aid given
        "Japan announced $20 million for flood victims at home after storms hit Peru.",
    ],
)
def test_no_aid_to_the_place_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()
