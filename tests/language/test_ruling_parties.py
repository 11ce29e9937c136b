""" "The ruling (governing) party" and "the opposition party" as the one party the story
names so (kg.language.ruling_parties): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a relative clause that rules
        ("The Progress Party, which rules Norway, rejected the plan. The ruling party said "
         "it would fight the bill.", "Progress Party"),
        # a word before the name
        ("The governing Unity Party lost seats in Kenya. Later the governing party said it "
         "would appeal.", "Unity Party"),
        # an apposition, either way round
        ("Zambia's main opposition party, the Liberty Front, rejected the results. The "
         "opposition party said the vote was rigged.", "Liberty Front"),
    ],
)  # fmt: skip
def test_the_ruling_party_speaks_for_the_party_named_so(facts_of, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    assert party in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kenya's ruling Unity Party met on Monday. The ruling party accused Uganda of "
         "smuggling.", ("Unity Party", "Uganda")),
        ("The Azure Party, Peru's governing party, won a majority. The governing party "
         "criticised Chile over the border.", ("Azure Party", "Chile")),
        ("The Unity Party, which governs Kenya, held a rally. The governing party accused "
         "Uganda of smuggling.", ("Unity Party", "Uganda")),
    ],
)  # fmt: skip
def test_the_ruling_party_acts_as_the_party_named_so(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # two parties, each ruling a country: either
        "Norway's ruling Progress Party and Sweden's ruling Labour Union met. The ruling "
        "party said the talks went well.",
        # none named
        "The ruling party said the talks went well.",
        # a ruling party named, the opposition one not
        "Kenya's ruling Unity Party met on Monday. The opposition party said the vote was rigged.",
        # a party named with no word of where it stands
        "The Unity Party held a rally in Kenya. The ruling party said the vote was fair.",
    ],
)
def test_no_party_or_two_fit_no_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Kenya's ruling Unity Party won the vote. Kenya's ruling party said the count had "
         "been fair.", "Unity Party"),
        ("Zambia's main opposition party, the Liberty Front, lost. Zambia's main opposition "
         "party said the vote was rigged.", "Liberty Front"),
        ("The Progress Party, which rules Norway, won. The country's ruling party said it "
         "would cut taxes.", "Progress Party"),
    ],
)  # fmt: skip
def test_a_countrys_ruling_party_is_the_party_named_so(facts_of, text: str, party: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert party in said
    assert not {"Kenya", "Zambia", "Norway"} & said


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's opposition party said the vote was rigged.",  # none named: no one
        "Kenya's ruling party said the vote had been fair.",
        "Tanzania voted. The country's main opposition party said the count was flawed.",
        "Ghana's ruling party said on Monday that Togo had closed the border.",
    ],
)
def test_a_countrys_party_unnamed_is_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == set()
