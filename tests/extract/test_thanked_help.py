"""Thanks for help a state gave (kg.extract.thanked_help): sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Samoa thanked New Zealand for its help after the cyclone.", "New Zealand", "Samoa"),
        ("Fijian Prime Minister Sione Rabuka thanked Japan for its fisheries patrols.",
         "Japan", "Fiji"),
        ("Tongan King Lolo Tupou thanked Australia for the patrols on Tuesday.",
         "Australia", "Tonga"),
        ("Nepal thanked India for its assistance after the earthquake.", "India", "Nepal"),
    ],
)  # fmt: skip
def test_the_state_thanked_for_its_help_aided_the_thankers_state(  # type: ignore[no-untyped-def]
    facts_of, text: str, giver: str, helped: str
) -> None:
    assert (giver, helped) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Samoa thanked New Zealand for its statement.",
        "Samoa thanked New Zealand for Chile's help.",
        "Samoa did not thank New Zealand for its help.",
    ],
)
def test_thanks_for_words_or_anothers_help_are_no_aid(  # type: ignore[no-untyped-def]
    facts_of, text: str
) -> None:
    assert ("New Zealand", "Samoa") not in directed(facts_of(text), EventKind.COOPERATION)
