"""A name beside a post the model took for a place or a body, whose words the
dictionary or the map also list (kg.language.place_surnames): sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Austria's president, Arno Pilsen, said the vote was fair.", "Arno Pilsen", "Austria"),
        ("The Prime Minister of Sweden, Maja Lund, said the vote was fair.", "Maja Lund", "Sweden"),
        (
            "Slovenia's prime minister, Lena Kovacs, met Austria's president, Arno Pilsen, in "
            "Geneva on Friday.",
            "Arno Pilsen",
            "Austria",
        ),
    ],
)
def test_the_name_beside_a_post_is_the_holder(facts_of, text, person, country) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, country) in affiliations(facts)
    assert not any(a.name == person and a.type.value != "Person" for a in facts.actors)


def test_the_holder_speaks_not_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Austria's president, Arno Pilsen, said the vote was fair.")
    assert speakers(facts) == {"Arno Pilsen"}


def test_coordinated_holders_meet_each_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The President of Finland, Karel Brandt, and the Prime Minister of Sweden, Maja Lund, "
        "met on Monday."
    )
    assert met_pairs(facts) == {pair("Karel Brandt", "Maja Lund")}
    assert affiliations(facts) >= {("Karel Brandt", "Finland"), ("Maja Lund", "Sweden")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor of the province, North Kivu, said the roads were closed.", "North Kivu"),
        ("The company's chief executive, Holm Mining, said profits fell.", "Holm Mining"),
    ],
)
def test_places_and_bodies_stay_what_they_are(facts_of, text, name) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.type.value == "Person" for a in facts.actors), facts.actors
