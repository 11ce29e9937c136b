"""A body's name with "and" inside it, cut at the "and" by the model: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Regional Shipping and Ports Federation criticised Norway on Monday.",
         "Regional Shipping and Ports Federation"),
        ("The World Travel and Tourism Council said on Monday that tourism had recovered.",
         "World Travel and Tourism Council"),
        ("The Northern Timber and Paper Federation said on Friday that prices had fallen.",
         "Northern Timber and Paper Federation"),
    ],
)  # fmt: skip
def test_a_name_cut_at_and_is_one_body(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts) == {speaker}


def test_the_whole_body_meets(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials from the International Shipping and Ports Federation met the Kenyan "
            "trade minister on Monday.")  # fmt: skip
    assert pair("International Shipping and Ports Federation", "Kenya") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kenya and Uganda signed a border treaty.", {"Kenya", "Uganda"}),
        ("The Arts Council and the Heritage Trust criticised the plan on Monday.",
         {"Arts Council", "Heritage Trust"}),
        ("Norway and the Ports Authority signed a deal.", {"Norway", "Ports Authority"}),
        ("The Kestrel Bank and Ardent Holdings signed a merger deal.",
         {"Kestrel Bank", "Ardent Holdings"}),
        ("Marit Solberg and Tomas Hallvik met in Oslo on Monday.", {"Marit Solberg", "Tomas Hallvik"}),
    ],
)  # fmt: skip
def test_two_names_joined_by_and_stay_two(facts_of, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert names <= {a.name for a in facts_of(text).actors}


def test_a_country_before_and_is_not_taken_in(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chad and the Sudan Liberation Movement accused Libya of arming rebels.")
    assert ("Chad", "Libya") in directed(facts, EventKind.CONFLICT)
