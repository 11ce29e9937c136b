"""Those who rule or legislate from a capital stand for its state, unless something
else says whose they are."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Lima accused Bolivia of hoarding river water.",
        "Senior officials in Lima accused Bolivia of hoarding river water.",
        "Lawmakers in Lima accused Bolivia of hoarding river water.",
        "The legislators in Lima accused Bolivia of hoarding river water.",
        "Leaders in Lima accused Bolivia of hoarding river water on Sunday.",
        "Authorities in Lima accused Bolivia of hoarding river water.",
    ],
)
def test_rulers_in_a_capital_act_for_its_state(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert ("Peru", "Bolivia") in got
    assert not any(a.lower().startswith(("lawmakers", "legislators")) for a, _ in got)


def test_rulers_in_a_capital_as_speakers_and_partners(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"We will not yield," officials in Ankara said on Monday.')
    assert "Turkey" in speakers(facts)
    facts = facts_of("Officials in Ankara met a delegation from Greece on Monday.")
    assert pair("Turkey", "Greece") in met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "critic"),
    [
        ("Western diplomats in Lima accused Bolivia of hoarding river water.", "Peru"),
        ("Opposition lawmakers in Lima accused Bolivia of hoarding river water.", "Peru"),
        ("City officials in Lima accused Bolivia of hoarding river water.", "Peru"),
        ("Business leaders in Lima accused Bolivia of hoarding river water.", "Peru"),
        ("Lawmakers from Lima accused Bolivia of hoarding river water.", "Peru"),
        ("Spanish officials in Lima accused Bolivia of hoarding river water.", "Peru"),
    ],
)
def test_others_in_a_capital_are_not_its_state(facts_of, text: str, critic: str) -> None:  # type: ignore[no-untyped-def]
    assert (critic, "Bolivia") not in opposed(facts_of, text)


def test_a_country_named_before_them_wins(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, "Spanish officials in Lima accused Bolivia of hoarding river water.")
    assert ("Spain", "Bolivia") in got


def test_a_rally_in_a_capital_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Protesters at a rally in Lima accused Bolivia of hoarding river water.")
    assert ("Peru", "Bolivia") not in opposed(facts_of, "A rally in Lima denounced Bolivia.")
    assert not any(a == "Peru" for a, _ in directed(facts, EventKind.CONFLICT))


@pytest.mark.parametrize(
    "text",
    [
        "The UN-backed government in Lima accused Bolivia of hoarding river water.",
        "The interim government in Lima accused Bolivia of hoarding river water.",
        "The newly elected government in Lima accused Bolivia of hoarding river water.",
    ],
)
def test_who_backs_or_leads_them_does_not_say_whose_they_are(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") in opposed(facts_of, text)
