"""A "their" before a home, an office, a convoy or an embassy is the pair its
clause is about: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Kerrin and Lia Moran fled when their houses were attacked by Kenyan troops.",
            {("Kenya", "Tomas Kerrin"), ("Kenya", "Lia Moran")},
        ),
        (
            "Tomas Kerrin and Lia Moran said Kenyan police raided their offices on Monday.",
            {("Kenya", "Tomas Kerrin"), ("Kenya", "Lia Moran")},
        ),
        (
            "Chile and Peru said their embassies were attacked by Bolivian troops.",
            {("Bolivia", "Chile"), ("Bolivia", "Peru")},
        ),
    ],
)
def test_their_property_attacked_is_an_attack_on_the_pair(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Kerrin and Lia Moran fled after their homes were destroyed by the storm.",
        "Tomas Kerrin and Lia Moran said Kenyan troops had left their compound.",
        "Tomas Kerrin and Lia Moran said their plans were welcomed by Kenyan officials.",
        "Tomas Kerrin and Lia Moran said the rebels had attacked their own headquarters.",
    ],
)
def test_their_property_not_attacked_gives_no_conflict(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
