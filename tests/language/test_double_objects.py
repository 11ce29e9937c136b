"""A possessive's object the model splits in two: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria opposed Sweden's NATO bid on Monday.", ("Austria", "Sweden")),
        ("Austria blocked Sweden's NATO membership bid on Monday.", ("Austria", "Sweden")),
    ],
)
def test_the_bid_is_the_owners(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert expected in found
    assert not any(target == "North Atlantic Treaty Organization" for _, target in found)


def test_a_possessive_on_the_bid_itself_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Austria opposed Norway's NATO bid on Monday."), EventKind.CONFLICT)
    assert ("Austria", "Norway") in found
