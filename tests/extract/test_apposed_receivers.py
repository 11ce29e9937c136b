"""A receiver the parser hangs on a name between commas or on "over": sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan handed over the suspect, Omar Delvi, to Afghanistan.",
            ("Pakistan", "Afghanistan"),
        ),
        ("Ecuador handed the fugitive, Marco Pell, over to Peru.", ("Ecuador", "Peru")),
        ("Ghana handed the suspect, Kofi Mensah, over to Nigeria.", ("Ghana", "Nigeria")),
        ("Peru handed the smuggler, Diego Luna, over to Bolivia.", ("Peru", "Bolivia")),
    ],
)
def test_one_handed_over_is_handed_to_the_receiver(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan handed over the file, which ran to 300 pages, to Afghanistan.",
        "Pakistan handed over the keys, Omar Delvi said, to Afghanistan.",
        "Spain refused to hand the suspect, Karel Vost, over to Argentina.",
    ],
)
def test_no_receiver_of_a_thing_or_of_a_refusal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
