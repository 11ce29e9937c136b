"""Conflict: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya criticised Uganda over the border closure.", ("Kenya", "Uganda")),
        ("Chile condemned the attack by Peru.", ("Chile", "Peru")),
        ("Serbia accused Croatia of spying.", ("Serbia", "Croatia")),
        ("Japan imposed sanctions on North Korea.", ("Japan", "North Korea")),
        ("Canada placed new sanctions on Russia on Friday.", ("Canada", "Russia")),
        ("Egypt urged Ethiopia to halt the dam.", ("Egypt", "Ethiopia")),
        ("Ghana put pressure on Togo to hold elections.", ("Ghana", "Togo")),
        (
            "Iran threatened to close the strait if the United States did not lift sanctions.",
            ("Iran", "United States"),
        ),
        ("Greece was accused by Turkey of violating its airspace.", ("Turkey", "Greece")),
        ("Sudan's invasion of South Sudan drew protests.", ("Sudan", "South Sudan")),
        ("Norway expressed concern over Poland's new law.", ("Norway", "Poland")),
    ],
)
def test_conflict_constructions(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not criticise Uganda.",
        "Kenya has not criticised Uganda's war.",
        "Kenya may impose sanctions on Uganda.",
        "Kenya will impose sanctions on Uganda next year.",
    ],
)
def test_not_asserted_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


def test_demand_in_a_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(
        facts_of,
        'Foreign Minister Lena Marsh spoke on Monday. "Cuba needs to free them," she said.',
    )
    assert ("Lena Marsh", "Cuba") in got


def test_criticism_in_reported_speech(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(
        facts_of, "Chancellor Otto Brandt said Peru's policy was the main obstacle to peace."
    )
    assert ("Otto Brandt", "Peru") in got


def test_direction_is_kept(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, "Kenya criticised Uganda.")
    assert ("Uganda", "Kenya") not in got


def test_owner_of_the_criticised_thing(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "European Union") in opposed(
        facts_of, "Chile criticised European Union farm subsidies."
    )
    assert ("Chile", "Peru") in opposed(facts_of, "Chile criticised Peru's Bolivia policy.")
    assert ("Chile", "Bolivia") not in opposed(facts_of, "Chile criticised Peru's Bolivia policy.")
