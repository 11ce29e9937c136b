"""A body called by the first word of its name right before a post and its holder:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.post_fronts import name_front, one_body_of
from tests.helpers import affiliations


def test_name_front() -> None:
    assert name_front("Kellan Dairies") == "Kellan"
    assert name_front("the Kellan Dairy Group") == "Kellan"
    assert name_front("Kellan") is None


def test_one_body_of() -> None:
    assert one_body_of("Kellan", ["Kellan Dairies", "Brightwater Foods"]) == "Kellan Dairies"
    assert one_body_of("Kellan", ["Kellan Dairies", "Kellan Farms"]) is None


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Brightwater Foods agreed to buy Kellan Dairies. Kellan chairman Robert Osei said "
         "the price was fair.", "Robert Osei", "Kellan Dairies"),
        ("The Pacific Islands Forum met in Suva. Forum chair Sione Taufa said climate was "
         "the priority.", "Sione Taufa", "Pacific Islands Forum"),
        ("Corvane Systems cut 200 jobs on Monday. Corvane chief executive Mark Dyer said the "
         "cuts were needed.", "Mark Dyer", "Corvane Systems"),
    ],
)  # fmt: skip
def test_a_short_name_before_a_post_is_the_body(facts_of, text, person, body) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


def test_a_front_of_two_bodies_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Kellan Dairies and Kellan Farms reported losses. Kellan chairman Robert Osei "
            "said the price was fair.")  # fmt: skip
    got = affiliations(facts_of(text))
    assert not {("Robert Osei", "Kellan Dairies"), ("Robert Osei", "Kellan Farms")} & got


def test_a_front_named_alone_before_is_its_own_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Velto will close the Velto Powertrain plant. Velto said talks continue. Unions "
            "shouted at Velto chairman Luca Bianchi after the meeting.")  # fmt: skip
    got = affiliations(facts_of(text))
    assert ("Luca Bianchi", "Velto") in got
    assert ("Luca Bianchi", "Velto Powertrain") not in got
