"""Firms named "A and B" are one firm when a firm noun before them or a singular
verb after them says so; two actors stay two. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The retailer Penrose and Hartley said sales had fallen.", "Penrose and Hartley"),
        ("Shipbuilder Gorrie and Lamont said the order would save 400 jobs.", "Gorrie and Lamont"),
        ("The law firm Ashby and Crale said it would advise the buyer.", "Ashby and Crale"),
        ("Sugar refiner Mabry and Stoke said profits had risen.", "Mabry and Stoke"),
        ("Penrose and Hartley has said it will close 20 stores.", "Penrose and Hartley"),
    ],
)
def test_a_firm_named_a_and_b_is_one(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {firm}


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Retailers Penrose and Hartley said prices would fall.", set()),  # plural noun
        ("Iran and Iraq said they would reopen the border.", {"Iran", "Iraq"}),  # known actors
        ("Nokia and Siemens said they would merge their network units.", {"Nokia", "Siemens"}),
        ("Mr Tallis and Mr Brame said the budget was fair.", {"Tallis", "Brame"}),
    ],
)  # fmt: skip
def test_two_actors_joined_by_and_stay_two(facts_of, text: str, two: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert two <= speakers(facts_of(text))
    assert not any(" and " in s for s in speakers(facts_of(text)))


def test_a_longer_name_is_not_cut(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Ironvale Oil and Gas has": part of a longer name, not a firm "Oil and Gas"."""
    assert "Oil and Gas" not in speakers(facts_of("Ironvale Oil and Gas has denied the report."))
