"""Go-betweens meet each side, the sides do not meet: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Belkadi is acting as the middle-man between Nadia Kersh and Tarik Hassan.",
            {pair("Omar Belkadi", "Nadia Kersh"), pair("Omar Belkadi", "Tarik Hassan")},
        ),
        (
            "Omar Belkadi acted as a go-between for Nadia Kersh and Tarik Hassan.",
            {pair("Omar Belkadi", "Nadia Kersh"), pair("Omar Belkadi", "Tarik Hassan")},
        ),
        (
            "Omar Belkadi shuttled between Nadia Kersh and Tarik Hassan last week.",
            {pair("Omar Belkadi", "Nadia Kersh"), pair("Omar Belkadi", "Tarik Hassan")},
        ),
        (
            "Omar Belkadi, who mediated between Nadia Kersh and Tarik Hassan, flew home.",
            {pair("Omar Belkadi", "Nadia Kersh"), pair("Omar Belkadi", "Tarik Hassan")},
        ),
        (
            "Norway has been mediating between Sudan and Chad since May.",
            {pair("Norway", "Sudan"), pair("Norway", "Chad")},
        ),
        # a capital stands for its government
        (
            "The envoy, Omar Belkadi, has been shuttling between Kigali and Kinshasa.",
            {
                pair("Omar Belkadi", "Rwanda"),
                pair("Omar Belkadi", "Democratic Republic of the Congo"),
            },
        ),
        # the carrier meets whom the message goes to
        (
            "Omar Belkadi carried a message from Nadia Kersh to Tarik Hassan.",
            {pair("Omar Belkadi", "Tarik Hassan")},
        ),
    ],
)
def test_a_go_between_meets_each_side(facts_of, text: str, expected: set[frozenset[str]]) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Omar Belkadi offered to mediate between Nadia Kersh and Tarik Hassan.",
        "Omar Belkadi has been asked to act as a go-between for Nadia Kersh and Tarik Hassan.",
        "Omar Belkadi refused to shuttle between Nadia Kersh and Tarik Hassan.",
    ],
)
def test_offers_and_refusals_to_mediate_are_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert pair("Omar Belkadi", "Nadia Kersh") in met_pairs(facts, factual_only=False)


def test_a_message_to_the_nation_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Omar Belkadi delivered a message to the nation on Sunday."
    assert met_pairs(facts_of(text), factual_only=False) == set()


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Thanks to Chilean mediation, Peru and Bolivia ended their border dispute.",
         ("Chile", "Peru", "Bolivia")),
        ("Through Norway's mediation, Peru signed a truce with Bolivia.",
         ("Norway", "Peru", "Bolivia")),
        ("Ecuador and Peru signed a deal, thanks to mediation by Brazil.",
         ("Brazil", "Ecuador", "Peru")),
    ],
)  # fmt: skip
def test_mediation_credited_with_an_outcome_met_each_side(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    mediator, a, b = sides
    met = met_pairs(facts_of(text))
    assert {pair(mediator, a), pair(mediator, b)} <= met


@pytest.mark.parametrize(
    "text",
    [
        "Despite Chilean mediation, Peru and Bolivia kept fighting.",  # no credit taken
        "Thanks to Chilean mediation, Peru and Bolivia may end their dispute.",  # not yet
        "Thanks to his mediation, the two firms settled the case.",
        "Peru rejected Chilean mediation.",
    ],
)
def test_no_mediation_met_without_credit_or_sides(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("Chile" in p for p in met_pairs(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Envoys from Kenya and Ethiopia mediated between Sudan and South Sudan.",
        "Kenya and Ethiopia mediated between Sudan and South Sudan last week.",
    ],
)
def test_co_mediators_meet_each_side_but_not_each_other(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Kenya", "Sudan") in pairs and pair("Ethiopia", "South Sudan") in pairs
    assert pair("Kenya", "Ethiopia") not in pairs
    assert pair("Sudan", "South Sudan") not in pairs


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A diplomatic note was handed to Chile's envoy, Ramon Feliz, by Secretary Aditi Rao.",
         ("Aditi Rao", "Ramon Feliz")),
        ("A letter was delivered to President Nadia Kersh by Omar Belkadi on Monday.",
         ("Omar Belkadi", "Nadia Kersh")),
        ("The message was passed to Tarik Hassan by Ambassador Lena Sorvik.",
         ("Lena Sorvik", "Tarik Hassan")),
    ],
)  # fmt: skip
def test_who_a_message_is_handed_to_by_someone_met_them(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The note will be handed to Tarik Hassan by Ambassador Lena Sorvik next week.",
        "The letter was not delivered to Tarik Hassan by Ambassador Lena Sorvik.",
        "The report was handed to Tarik Hassan by Ambassador Lena Sorvik.",  # not a message
    ],
)
def test_a_message_not_handed_over_or_no_message_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Lena Sorvik", "Tarik Hassan") not in met_pairs(facts_of(text))
