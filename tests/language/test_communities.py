"""Peoples with no state of their own as sides of talks, deals, quarrels and
statements, named for their community and never for a country: sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Greek Cypriot and Turkish Cypriot leaders met in Larnaca on Monday.", ("Greek Cypriot leaders", "Turkish Cypriot leaders")),
        ("Talks between Greek Cypriot and Turkish Cypriot leaders resumed in Kyrenia.", ("Greek Cypriot leaders", "Turkish Cypriot leaders")),
        ("Greek Cypriot leaders met with Turkish Cypriot leaders at the airport.", ("Greek Cypriot leaders", "Turkish Cypriot leaders")),
        ("Kosovo Serb and Kosovo Albanian leaders held talks in Graz on Friday.", ("Kosovo Serb leaders", "Kosovo Albanian leaders")),
        ("Hutu and Tutsi politicians met in a hotel in Kigoma last week.", ("Hutu politicians", "Tutsi politicians")),
        ("Leaders of the Flemish and Walloon communities met in Namur on Friday.", ("Flemish community", "Walloon community")),
        ("Catalan and Basque nationalists met in Girona on Friday.", ("Catalan nationalists", "Basque nationalists")),
    ],
)  # fmt: skip
def test_two_communities_meeting_are_two_groups(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kurdish and Iraqi delegations met in Kirkuk on Friday.", ("Kurdish delegations", "Iraq")),
        ("Kurdish leaders met Iraqi officials in Dohuk on Sunday.", ("Kurdish leaders", "Iraq")),
        ("Catalan and Spanish ministers met in Zaragoza on Tuesday.", ("Catalan ministers", "Spain")),
        ("Catalan ministers held talks with Spanish officials in Lleida.", ("Catalan ministers", "Spain")),
        ("Uighur and Chinese officials met in Urumqi on Monday.", ("Uighur officials", "China")),
        ("The Kurds' leaders met Turkish officials in Van on Monday.", ("Kurds", "Turkey")),
        ("The Kurdish delegation met Iraqi officials in Sulaimaniya.", ("Kurdish delegation", "Iraq")),
    ],
)  # fmt: skip
def test_a_community_meeting_a_state_is_no_state(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Hutu and Tutsi leaders signed a peace accord in Mwanza on Friday.", ("Hutu leaders", "Tutsi leaders")),
        ("Flemish and Walloon parties signed a coalition agreement in Liege.", ("Flemish parties", "Walloon parties")),
        ("Basque and Spanish negotiators signed a peace agreement in Bergen.", ("Basque negotiators", "Spain")),
        ("The Kurdish and Iraqi delegations agreed a power-sharing deal on Tuesday.", ("Kurdish delegations", "Iraq")),
    ],
)  # fmt: skip
def test_communities_signing_cooperate(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Greek Cypriot leaders criticised the Turkish Cypriot leadership on Monday.", ("Greek Cypriot leaders", "Turkish Cypriot leadership")),
        ("Turkish Cypriot leaders rejected the map, and Greek Cypriot leaders criticised Ankara.", ("Greek Cypriot leaders", "Turkey")),
        ("Tamil politicians condemned the Sri Lankan government on Friday.", ("Tamil politicians", "Sri Lanka")),
    ],
)  # fmt: skip
def test_a_community_opposing(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert sides in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kurdish leaders said on Monday that the count had been fair.", "Kurdish leaders"),
        ("Tamil politicians said on Tuesday that they would join the talks.", "Tamil politicians"),
        ("The Greek Cypriot side said on Monday that the talks had failed.", "Greek Cypriot side"),
    ],
)  # fmt: skip
def test_a_community_speaks(facts_of, text, speaker) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Greek Cypriot and Turkish Cypriot negotiators are due to meet next week.",
        "Kurdish and Iraqi delegations are expected to meet in Kirkuk next week.",
        "Greek Cypriot and Turkish Cypriot leaders may meet in Geneva.",
        "Flemish and Walloon leaders did not meet on Monday.",
        "Hutu and Tutsi students met at a science fair in Kigoma.",
    ],
)
def test_planned_negated_or_private_meetings_are_none(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Greek Cypriot and Turkish Cypriot leaders met in Larnaca on Monday.", {"Cyprus", "Greece", "Turkey"}),
        ("Kurdish leaders met Iraqi officials in Dohuk on Sunday.", {"Kurdistan"}),
        ("Catalan and Spanish ministers met in Zaragoza on Tuesday.", {"Catalonia"}),
    ],
)  # fmt: skip
def test_a_community_is_no_state(facts_of, text, wrong) -> None:  # type: ignore[no-untyped-def]
    names = {n for p in met_pairs(facts_of(text)) for n in p}
    assert names and not names & wrong


@pytest.mark.parametrize(
    "text",
    [
        "A Kurdish journalist said the town was quiet.",
        "Kurdish villagers said the town was quiet.",
        "Kurdish-language schools opened in the region on Monday.",
        "Catalan cuisine is famous across Europe.",
    ],
)
def test_one_person_or_a_thing_of_a_people_is_no_community(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any("Kurdish" in s or "Catalan" in s for s in speakers(facts))
    assert not met_pairs(facts)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Greek Cypriot-Turkish Cypriot talks ended in Famagusta on Friday.", ("Greek Cypriot side", "Turkish Cypriot side")),
        ("The Kurdish-Iraqi talks ended in Mosul on Friday.", ("Kurdish side", "Iraq")),
        ("Basque-Spanish negotiations resumed in Bergen on Monday.", ("Basque side", "Spain")),
    ],
)  # fmt: skip
def test_talks_between_two_sides_joined_by_a_dash(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Turkish and Greek Cypriot leaders met in Larnaca on Monday.", ("Turkish Cypriot leaders", "Greek Cypriot leaders")),
        ("Greek and Turkish Cypriot negotiators held talks in Kyrenia.", ("Greek Cypriot negotiators", "Turkish Cypriot negotiators")),
        ("Turkish and Greek Cypriot delegations met in Paphos on Sunday.", ("Turkish Cypriot delegations", "Greek Cypriot delegations")),
    ],
)  # fmt: skip
def test_a_states_word_before_a_shared_people_word(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair(*sides) in pairs
    assert not any({"Greece", "Turkey"} & p for p in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish-language talks ended on Friday.",
        "Greek Cypriot-Turkish Cypriot talks are due to resume next month.",
    ],
)
def test_no_dashed_sides_for_a_language_or_planned_talks(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
