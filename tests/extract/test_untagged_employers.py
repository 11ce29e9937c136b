"""A post at a firm the model did not tag: the holder's nationality is no employer."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "person", "nationality"),
    [
        # "of <name>": the name is the employer, the adjective only the holder's origin
        (
            "The Swedish chief executive of Volvo, Ola Berg, agreed to the terms.",
            "Ola Berg",
            "Sweden",
        ),
        ("The Swedish head of Ericsson, Ola Berg, rejected the bid.", "Ola Berg", "Sweden"),
        # a possessive the model took for an unknown place
        (
            "Hendrik Vos, Nordalia's Dutch co-chairman, said profits rose.",
            "Hendrik Vos",
            "Netherlands",
        ),
        (
            "Nordalia's Dutch co-chairman Hendrik Vos said profits rose.",
            "Hendrik Vos",
            "Netherlands",
        ),
    ],
)
def test_a_nationality_is_not_the_posts_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, nationality: str
) -> None:
    assert (person, nationality) not in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a portfolio, a military office and a country's own envoy stay the country's
        ("The Swedish Minister of Defence, Ola Berg, agreed to the terms.", "Ola Berg", "Sweden"),
        ("The Swedish Secretary of State, Ola Berg, agreed to the terms.", "Ola Berg", "Sweden"),
        ("The French Chief of Staff, Luc Roy, agreed to the terms.", "Luc Roy", "France"),
        ("Ola Berg, Sweden's foreign minister, agreed to the terms.", "Ola Berg", "Sweden"),
    ],
)
def test_a_countrys_own_posts_are_kept(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    assert (person, country) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("The French Chief of Staff, Luc Roy, agreed to the terms.", "Luc Roy", "France"),
        (
            "The Russian Chief of the General Staff, Ivan Orlov, agreed to the terms.",
            "Ivan Orlov",
            "Russia",
        ),
        ("Ivan Orlov, Russia's Chief of the General Staff, met Luc Roy.", "Ivan Orlov", "Russia"),
    ],
)
def test_the_staff_of_a_chief_is_no_body(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, country: str
) -> None:
    ties = affiliations(facts_of(text))
    assert (person, country) in ties
    assert not {t for t in ties if "Staff" in t[0] or t[1] == "Staff"}
