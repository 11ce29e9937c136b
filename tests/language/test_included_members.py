"""A post held by one of a group of one country's people: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Sweden expelled three Iranian diplomats, including the charge d'affaires, Reza "
            "Karimi, on Friday.",
            ("Reza Karimi", "Iran"),
        ),
        (
            "Canada expelled six Indian diplomats, including High Commissioner Arun Mehta, on "
            "Monday.",
            ("Arun Mehta", "India"),
        ),
        (
            "Norway expelled two Russian diplomats, among them the deputy ambassador, Pavel "
            "Orlov, on Tuesday.",
            ("Pavel Orlov", "Russia"),
        ),
        (
            "Peru recalled Chile's three envoys, including Ambassador Diego Rojas, on Monday.",
            ("Diego Rojas", "Chile"),
        ),
    ],
)
def test_the_post_is_the_groups_countrys(facts_of, text: str, post: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert post in affiliations(facts_of(text))


def test_the_expulsion_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Sweden expelled three Iranian diplomats, including the charge d'affaires, Reza "
        "Karimi, on Friday."
    )
    assert ("Sweden", "Iran") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # a group of no country
        "Sweden expelled three diplomats, including the charge d'affaires, Reza Karimi, on Friday.",
        # a group of two countries: whose is he?
        "Sweden expelled three Iranian and Iraqi diplomats, including the charge d'affaires, "
        "Reza Karimi, on Friday.",
        # no post
        "Sweden expelled three Iranian diplomats, including Reza Karimi, on Friday.",
        # no person
        "Britain expelled three diplomats, including two Britons, on Friday.",
    ],
)
def test_no_country_without_one_group_country_and_a_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


def test_a_post_with_its_own_country_keeps_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Sweden expelled three Iranian diplomats, including Egypt's envoy, Omar Nasser, on Friday."
    )
    assert ("Omar Nasser", "Egypt") in affiliations(facts)
    assert ("Omar Nasser", "Iran") not in affiliations(facts)
