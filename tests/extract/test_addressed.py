"""The one a complaint is made to or lodged with is its target unless the complaint
names someone else: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sri Lanka complained to India about the fishing boats.", ("Sri Lanka", "India", "111")),
        ("Ghana complained to Togo about the closure of the border.", ("Ghana", "Togo", "111")),
        (
            "Latvia complained to Russia about the jamming of its radio.",
            ("Latvia", "Russia", "111"),
        ),
    ],
)
def test_a_complaint_made_to_a_state_is_against_it(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "critic", "heard", "target"),
    [
        ("Kenya complained to the UN about Uganda's troops.", "Kenya", "United Nations", "Uganda"),
        (
            "Peru complained to the UN that Bolivia had closed the border.",
            "Peru",
            "United Nations",
            "Bolivia",
        ),
    ],
)
def test_the_one_who_only_hears_a_complaint_is_not_its_target(
    facts_of, text, critic, heard, target
) -> None:  # type: ignore[no-untyped-def]
    pairs = {(a, t) for a, t, _ in coded(facts_of, text)}
    assert (critic, target) in pairs
    assert (critic, heard) not in pairs


def test_a_complaint_that_might_be_made_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, "Chile might complain to Peru about the boats.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan lodged a complaint with South Korea over the textbooks.", ("Japan", "South Korea")),
        (
            "Slovakia lodged a formal complaint with Hungary about the pipeline.",
            ("Slovakia", "Hungary"),
        ),
        ("Panama registered a complaint with Colombia over the boats.", ("Panama", "Colombia")),
    ],
)
def test_a_complaint_lodged_with_a_state_is_against_it(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru lodged a complaint with the police over the theft.",
        "Peru will lodge a complaint with Chile over the fleet.",
    ],
)
def test_a_complaint_with_the_police_or_planned_gives_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
