"""Mentions found in a story: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a seat of power in a story of a former state is that state's
        ("Soviet leader Oleg Vetrov met Lena Marsh in Vienna. The Kremlin later accused "
         "Norway of bad faith.", "Soviet Union"),
        ("The Soviet Union and Norway signed the pact in 1986. Moscow said it would comply.",
         "Soviet Union"),
        # ... and Russia's in a story that names Russia, or no former state
        ("Russian troops crossed the border, decades after the Soviet collapse. The Kremlin "
         "accused Norway of bad faith.", "Russia"),
        ("The Kremlin accused Norway of bad faith.", "Russia"),
    ],
)  # fmt: skip
def test_a_seat_of_power_stands_for_the_state_of_its_story(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} | set(
        speakers(facts_of(text))
    )
    assert speaker in agents
    assert not agents & ({"Soviet Union", "Russia"} - {speaker})


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Social Democrat leader Anna Berg conceded defeat on Sunday night.", "Anna Berg"),
        ("Free Democrat chairman Paul Meyer said the coalition was over.", "Paul Meyer"),
        ("Christian Democrat leader Kurt Weber met Maria Santos in Lisbon.", "Kurt Weber"),
    ],
)
def test_a_party_familys_name_is_not_the_us_democrats(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """ "Social Democrat": a party of some country, not "Democrat" (the US party)."""
    assert not any(p == person and "Democrat" in body for p, body in affiliations(facts_of(text)))


def test_a_chamber_before_democrat_keeps_the_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of("Senate Democrat leader Harry Reid said the bill was dead."))
    assert any(p == "Harry Reid" and "Democrat" in body for p, body in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "Soviet" only says what Russia's neighbours were or what the USSR left
        ("Moscow accused Moldova, a former Soviet republic, of provoking the row.",
         ("Russia", "Moldova")),
        ("The Kremlin condemned Latvia for removing Soviet monuments.", ("Russia", "Latvia")),
        ("Moscow protested to Estonia over the relocation of a Soviet war memorial.",
         ("Russia", "Estonia")),
        # the Soviet Union acting or holding posts: Moscow is its capital
        ("Soviet leader Ivan Dorov said Moscow condemned China.", ("Soviet Union", "China")),
        ("The Soviet government said Moscow condemned Albania.", ("Soviet Union", "Albania")),
        # ... and so are the seats of other former states, unless only their past is named
        ("Yugoslavia closed its border, and Belgrade accused Hungary of arming the rebels.",
         ("Yugoslavia", "Hungary")),
        ("Envoys of the former Yugoslavia met in Geneva. Belgrade accused Hungary of bad faith.",
         ("Serbia", "Hungary")),
    ],
)  # fmt: skip
def test_moscow_is_the_soviet_unions_only_where_that_state_acts(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("East German leader Karl Obermann flew to Warsaw on Monday.", "Karl Obermann",
         "East Germany"),
        ("Czechoslovak Foreign Minister Jiri Vondra held talks in Vienna.", "Jiri Vondra",
         "Czechoslovakia"),
        ("Yugoslav President Milan Tadic accused NATO of aggression.", "Milan Tadic",
         "Yugoslavia"),
        ("Zaire's President Joseph Kalonji met Belgian envoys.", "Joseph Kalonji", "Zaire"),
    ],
)  # fmt: skip
def test_a_title_of_a_cold_war_state_names_that_state(
    facts_of, text: str, person: str, state: str
) -> None:  # type: ignore[no-untyped-def]
    """ "East German leader": East Germany's, not Germany's."""
    found = affiliations(facts_of(text))
    assert (person, state) in found
    assert (person, "Germany") not in found
