"""Two names joined by a dash before a noun for talks are two sides of the talks when
each is known as a name apart: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The CDU-SPD coalition talks dragged into a third week.", ("CDU", "SPD")),
        ("UN-Houthi negotiations resumed in Muscat on Thursday.", ("United Nations", "Houthis")),
        ("The Boris-Rishi summit at Chequers lasted two hours.", ("Boris", "Rishi")),
        (
            "Veltron and Sarada have argued over gas prices for a year. "
            "The Veltron-Sarada talks broke down on Friday.",
            ("Veltron", "Sarada"),
        ),
    ],
)
def test_dashed_names_before_talks_met(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Rolls-Royce talks with the unions ended on Monday.",
        "Coca-Cola said sales rose. The Coca-Cola talks with bottlers ended on Monday.",
        "The Paris-Berlin train was delayed by snow.",
        "The 2019-2020 talks produced no agreement.",
        "The Jean-Pierre talks ended on Monday.",  # one given name, written with a dash
    ],
)
def test_one_double_name_or_no_talks_is_no_pair(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name for a in facts.actors}
    assert not met_pairs(facts) - {pair("Rolls-Royce", "unions")}
    assert not names & {"Rolls", "Royce", "Coca", "Cola", "Jean", "Pierre"}


def test_planned_dashed_talks_are_not_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Planned CDU-SPD talks were postponed until next month.")
    assert pair("CDU", "SPD") in met_pairs(facts, factual_only=False)
    assert pair("CDU", "SPD") not in met_pairs(facts)
