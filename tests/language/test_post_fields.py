"""The field of a minister's or secretary's title glued to the country before it
is no body: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "person", "country", "glued"),
    [
        ("UK Energy Secretary Tom Rakes met the French ambassador on Tuesday.",
         "Tom Rakes", "United Kingdom", "UK Energy"),
        ("The talks were led by UK Energy Secretary Tom Rakes and his German counterpart.",
         "Tom Rakes", "United Kingdom", "UK Energy"),
        ("Italian Armed Forces Minister Luca Garnieri said the troops would return home.",
         "Luca Garnieri", "Italy", "Italian Armed Forces"),
        ("French Digital Affairs Minister Claire Dumont criticised the platforms.",
         "Claire Dumont", "France", "Digital"),
    ],
)  # fmt: skip
def test_a_fields_minister_serves_the_country(facts_of, text, person, country, glued) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    got = affiliations(facts)
    assert (person, country) in got
    assert glued not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Bank of England Governor Peter Hale said rates would stay high.",
         "Peter Hale", "Bank of England"),
        ("European Commission Vice-President Jan Moller said the rules were clear.",
         "Jan Moller", "European Commission"),
        ("UK Trade Secretary Ann Pollard met business leaders.", "Ann Pollard", "United Kingdom"),
        ("Ghanaian Navy chief Kofi Mensah visited Togo on Monday.", "Kofi Mensah", "Ghanaian Navy"),
    ],
)  # fmt: skip
def test_a_real_body_before_a_post_stays(facts_of, text, person, body) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("title", "cabinet"),
    [
        ("business secretary", True),
        ("deputy trade minister", True),
        ("minister for EU affairs", True),
        ("deputy minister for foreign trade", True),
        ("secretary of state for European affairs", True),
        ("general secretary", False),
        ("press secretary", False),
        ("minister", False),
        ("first minister", False),
        ("minister for the region", False),
    ],
)
def test_a_cabinet_post_is_named_by_its_field(title: str, cabinet: bool) -> None:
    from kg.language.post_fields import cabinet_title

    assert cabinet_title(title) is cabinet


@pytest.mark.parametrize(
    "text",
    [
        "Britain's business secretary, Ana Lorne, said the plan would work.",
        "Ana Lorne, the business secretary of Britain, said the plan would work.",
        "British business secretary Ana Lorne said the plan would work.",
        "UK Business Secretary Ana Lorne said the plan would work.",
    ],
)
def test_business_is_a_secretarys_field_not_a_firm(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ana Lorne", "United Kingdom") in affiliations(facts_of(text))


def test_a_former_business_secretary_held_the_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Lorne, Britain's former business secretary, said the plan was bad.")
    posts = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert posts and all(not r.current for r in posts)
