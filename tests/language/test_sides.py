""" "Both sides" and "the two sides" are the two of talks or a fight "between"
them, not the mediators or hosts named with them. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Egypt and Qatar mediated talks between Israel and Hamas in Cairo. "
            "Both sides accused each other of stalling.",
            EventKind.CONFLICT,
            ("Israel", "Hamas"),
        ),
        (
            "Talks between Armenia and Azerbaijan, hosted by France and Germany, ended on "
            "Monday. Both sides blamed each other.",
            EventKind.CONFLICT,
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Chad and Gabon agreed to a truce brokered by Angola and Togo on Monday. Both "
            "sides accused each other of violations.",
            EventKind.CONFLICT,
            ("Chad", "Gabon"),
        ),
        (
            "France and Germany hosted Armenia and Azerbaijan in Paris. Both sides blamed "
            "each other.",
            EventKind.CONFLICT,
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Norway brokered talks between Colombia and the ELN. The two sides signed a ceasefire.",
            EventKind.COOPERATION,
            ("Colombia", "ELN"),
        ),
    ],
)
def test_the_sides_are_the_two_between_not_the_mediators(facts_of, text, kind, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), kind)
    assert pair in found
    mediators = {"Egypt", "Qatar", "France", "Germany", "Norway", "Angola", "Togo"}
    assert not any(a in mediators or b in mediators for a, b in found)


def test_with_no_pair_between_the_sides_are_the_two_named_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya and Uganda held talks in Nairobi. Both sides agreed to reopen the border."
    assert ("Kenya", "Uganda") in directed(facts_of(text), EventKind.COOPERATION)
