"""Sanctions taken away (CAMEO 085), by a verb or a noun: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lifting of EU sanctions on Belarus was welcomed.", ("European Union", "Belarus")),
        ("Chile's removal of its tariffs on Peru took effect.", ("Chile", "Peru")),
        ("Oslo announced the easing of the embargo on Eritrea.", ("Norway", "Eritrea")),
        (
            "The lifting of sanctions on Sudan by the United States came in May.",
            ("United States", "Sudan"),
        ),
        ("Canada eased its arms embargo on Guatemala.", ("Canada", "Guatemala")),
        ("Kenya ordered an end to the ban on Ugandan sugar.", ("Kenya", "Uganda")),
    ],
)
def test_a_measure_taken_away_yields_and_is_no_sanction(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.COOPERATION, factual_only=False)
    assert "085" in {e.cameo for e in facts.events}
    assert not directed(facts, EventKind.CONFLICT, factual_only=False)  # nothing imposed


@pytest.mark.parametrize(
    "text",
    [
        "Peru welcomed the lifting of sanctions on Lima.",  # someone else lifted them
        "Bolivia backed the lifting of sanctions on Cuba.",  # a stand, not the act
        "The lifting of the curfew was welcomed by residents.",  # no one yields to anyone
        "There was no lifting of the embargo on Cuba last year.",
    ],
)
def test_no_one_named_takes_the_measure_away(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


def test_sought_or_dropped_plan_is_no_easing(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Peru called for the lifting of sanctions on Chile."),
                        EventKind.COOPERATION)  # fmt: skip
    facts = facts_of("The proposed sanctions on Chile by Peru were dropped.")
    assert not directed(facts, EventKind.COOPERATION, factual_only=False)
    # imposed, then lifted: both told
    facts = facts_of("The sanctions that Japan imposed on Laos were lifted.")
    assert ("Japan", "Laos") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measure bears on dealings with a country: that country is its target
        ("Peru relaxed restrictions on trade with Bolivia.", ("Peru", "Bolivia")),
        ("Curbs on travel to Chile were loosened by Argentina.", ("Argentina", "Chile")),
        ("Ecuador's easing of restrictions on investment in Peru drew praise.",
         ("Ecuador", "Peru")),
        ("Chile lifted its ban on flights to Bolivia.", ("Chile", "Bolivia")),
    ],
)  # fmt: skip
def test_easing_a_measure_on_dealings_with_a_country_yields_to_it(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Lima relaxed restrictions on travel to the coast.",  # a place, no actor
        "Peru eased curbs on foreign investment.",  # on no one named
        "Peru plans to relax restrictions on trade with Bolivia.",  # not done yet
        "Moves to lift Peru's sanctions on Bolivia were condemned.",  # steps, not the lift
    ],
)
def test_no_easing_on_no_one_or_not_yet_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


def test_a_measure_on_dealings_with_a_country_is_imposed_on_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Argentina imposed curbs on travel to Chile.")
    assert ("Argentina", "Chile") in directed(facts, EventKind.CONFLICT)
    facts = facts_of("Peru imposed restrictions on trade with Bolivia.")
    assert ("Peru", "Bolivia") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU removed Orlan Steel from its sanctions list.", ("European Union", "Orlan Steel")),
        ("Canada took Velmar Industries off its terrorist list.", ("Canada", "Velmar Industries")),
        ("Britain delisted Ardan Bank on Friday.", ("United Kingdom", "Ardan Bank")),
        ("Orlan Steel was removed from the sanctions list by Japan.", ("Japan", "Orlan Steel")),
    ],
)
def test_taken_off_a_blacklist_yields(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_taken_off_another_list_yields_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The UN removed Dario Feltz from the list of speakers.")
    assert not directed(facts, EventKind.COOPERATION, factual_only=False)
