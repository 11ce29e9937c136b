"""A country described by its region or kind ("the Himalayan nation", "the Gulf state",
"the island nation", "the emirate") is a country of that region named before, never the
nearest country of another: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a republic named nearer is not of the region
        ("Bhutan signed a hydropower deal with India on Monday. The Himalayan nation said "
         "exports would rise.", "Bhutan"),
        ("Sri Lanka agreed a loan with China on Tuesday. The island nation said it would "
         "repay the debt by 2030.", "Sri Lanka"),
        # "state" refers back only so qualified
        ("Kuwait hosted talks between Iraq and Iran on Sunday. The Gulf state said progress "
         "had been made.", "Kuwait"),
        ("Latvia expelled a diplomat from Belarus on Friday. The Baltic republic said he had "
         "spied on its army.", "Latvia"),
    ],
)  # fmt: skip
def test_a_country_of_a_region_is_the_one_named_before(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_of(facts_of(text), "said") == {speaker}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia cut gas supplies to Estonia on Tuesday. The Baltic state accused Moscow of "
         "blackmail.", ("Estonia", "Russia")),
        ("Iran seized a tanker off the coast of the UAE. The emirate condemned Tehran over "
         "the seizure.", ("United Arab Emirates", "Iran")),
        # the country named only as where things happen, when it is the one of its kind
        ("China flew fighter jets near Taiwan on Monday. The island nation accused Beijing of "
         "intimidation.", ("Taiwan", "China")),
    ],
)  # fmt: skip
def test_a_country_of_a_region_acts(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # no country of that region named before
        "Iran criticised Turkey on Monday. The Gulf state said the talks had failed.",
        "Peru accused Chile of spying. The Baltic state said the talks had failed.",
        # two countries of the region named together or nearest: either
        "Serbia accused Kosovo of provoking violence. The Balkan country said it would "
        "complain to the UN.",
        "Qatar and Kuwait restored ties on Monday. The Gulf state said the talks had failed.",
        # "the state" alone is no reference back
        "Peru signed a deal with Chile. The state said the talks had failed.",
    ],
)
def test_no_country_of_the_region_is_no_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers_of(facts_of(text), "said")


def test_a_kingdom_of_a_region_is_not_the_emirate_named_with_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    # (a guard: both filters together leave the one Gulf kingdom, not "either")
    text = (
        "Qatar and Bahrain restored ties on Monday. The Gulf kingdom said its embassy would reopen."
    )
    assert speakers_of(facts_of(text), "said") == {"Bahrain"}
