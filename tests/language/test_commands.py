"""A military command, a fleet or a general staff of a state or an alliance is a body
of its own, a member of its owner; its commander or head serves it
(kg.language.commands): sentences written for these tests."""

from __future__ import annotations

import pytest

import kg
from kg.language.commands import command_spans
from kg.records import EventKind, RelationType
from tests.helpers import (
    affiliations,
    cooperation_pairs,
    directed,
    memberships,
    met_pairs,
    pair,
    speakers,
)


@pytest.mark.parametrize(
    ("text", "person", "command", "owner"),
    [
        ("The commander of US Africa Command, General Ana Ruiz, said the strikes would "
         "continue.", "Ana Ruiz", "United States Africa Command", "United States"),
        ("General Ana Ruiz, head of US Africa Command, met Kenya's defence minister in "
         "Nairobi.", "Ana Ruiz", "United States Africa Command", "United States"),
        ("Admiral Tom Berg, the commander of US Central Command, held talks with Oman's "
         "defence minister.", "Tom Berg", "United States Central Command", "United States"),
        ("US Africa Command's commander, General Ana Ruiz, met Somali officials in "
         "Mogadishu.", "Ana Ruiz", "United States Africa Command", "United States"),
        ("General Ana Ruiz, who heads US Africa Command, said the strikes had killed ten "
         "militants.", "Ana Ruiz", "United States Africa Command", "United States"),
        ("General Tom Berg, the head of NATO's Allied Land Command, visited Latvia.",
         "Tom Berg", "North Atlantic Treaty Organization Allied Land Command",
         "North Atlantic Treaty Organization"),
        ("The commander of Russia's Black Sea Fleet, Admiral Ivan Sokol, said the drills "
         "would continue.", "Ivan Sokol", "Russia Black Sea Fleet", "Russia"),
    ],
)  # fmt: skip
def test_the_commander_serves_the_command(facts_of, text, person, command, owner) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, command) in affiliations(facts)
    assert (command, owner) in memberships(facts)


def test_the_commander_speaks_and_meets_as_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    said = facts_of("The commander of US Africa Command, General Ana Ruiz, said the strikes "
                    "would continue.")  # fmt: skip
    assert speakers(said) == {"Ana Ruiz"}
    met = facts_of("General Ana Ruiz, head of US Africa Command, met Kenya's defence minister.")
    assert pair("Ana Ruiz", "Kenya") in met_pairs(met)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("US Southern Command said on Tuesday its forces struck a drug boat off Panama.",
         "United States Southern Command"),
        ("Russia's Baltic Fleet said on Monday that it had tracked a Danish frigate.",
         "Russia Baltic Fleet"),
        ("The Turkish General Staff said on Sunday that its jets had struck militants in "
         "Iraq.", "Turkey General Staff"),
        ("India's Eastern Naval Command said on Monday that it had rescued 20 fishermen.",
         "India Eastern Naval Command"),
        ("The Pentagon's Logistics Staff said on Monday that the drills would go ahead.",
         "US Department of Defense Logistics Staff"),
    ],
)  # fmt: skip
def test_a_command_speaks_for_itself(facts_of, text: str, command: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {command}


def test_a_command_acts_and_is_acted_on_under_its_own_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    struck = facts_of("US Southern Command said on Tuesday its forces struck a camp in "
                      "Venezuela.")  # fmt: skip
    assert ("United States Southern Command", "Venezuela") in directed(struck, EventKind.CONFLICT)
    accused = facts_of("The US Space Command accused Russia of reckless manoeuvres.")
    assert directed(accused, EventKind.CONFLICT) == {("United States Space Command", "Russia")}
    target = facts_of("Cuba accused US Southern Command of lying about the strike.")
    assert directed(target, EventKind.CONFLICT) == {("Cuba", "United States Southern Command")}
    met = facts_of("Japan's defence minister met the head of US Pacific Command in Tokyo.")
    assert met_pairs(met) == {pair("Japan", "United States Pacific Command")}
    signed = facts_of("Britain's Joint Forces Command signed an agreement with the Australian "
                      "Defence Force.")  # fmt: skip
    assert cooperation_pairs(signed) == {
        pair("United Kingdom Joint Forces Command", "Australian Defence Force")
    }
    staff = facts_of("The Russian General Staff said on Monday that it had met the Chinese "
                     "General Staff in Beijing.")  # fmt: skip
    assert not {a.name for a in staff.actors} & {"Staff", "General"}


@pytest.mark.parametrize(
    "text",
    [
        "General Ana Ruiz, head of the Azure Front's Northern Command, said the rebels "
        "would fight on.",
        "General Ana Ruiz, head of Kestrel Holdings' Security Command, said guards were ready.",
    ],
)
def test_a_command_of_no_state_or_alliance_is_no_ones(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.type.value == "Country" for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pacific Command Ltd said on Monday that its profits had risen.", "Pacific Command Ltd"),
        ("Northern Fleet Holdings said on Monday that its profits had risen.",
         "Northern Fleet Holdings"),
        ("US Pacific Command Ltd said on Monday that its profits had risen.",
         "US Pacific Command Ltd"),
        ("Russia's Northern Fleet Holdings said on Monday that its profits had risen.",
         "Northern Fleet Holdings"),
        ("The Russian Chief of the General Staff, Ivan Orlov, said the talks were over.",
         "Ivan Orlov"),
    ],
)  # fmt: skip
def test_a_name_that_runs_on_past_the_head_is_no_command(facts_of, text, name) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts) == {name}
    assert not memberships(facts)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("US Africa Command General Ana Ruiz said the strikes killed ten militants.",
         "Ana Ruiz", "General"),
        ("US Africa Command Commander Tom Berg visited Nairobi on Monday.", "Tom Berg",
         "Commander"),
        ("Russia's Northern Fleet Admiral Ivan Sokol said the drills would continue.",
         "Ivan Sokol", "Admiral"),
    ],
)  # fmt: skip
def test_a_title_after_the_head_is_the_commanders(facts_of, text, person, title) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    posts = {(n[r.subject], n[r.object], r.role) for n in [{a.key: a.name for a in facts.actors}]
             for r in facts.relations if r.type is RelationType.AFFILIATION}  # fmt: skip
    command = {s for s, o in memberships(facts)}
    assert len(command) == 1
    assert (person, next(iter(command)), title) in posts


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Kenya's forces attacked al-Shabab militants on Sunday.", "Kenya"),
        ("The Kenyan army said on Monday that it had attacked militants.", "Kenya"),
    ],
)
def test_a_countrys_forces_told_in_lower_case_are_the_country(facts_of, text, agent) -> None:  # type: ignore[no-untyped-def]
    assert {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} == {agent}


def test_a_former_commander_holds_the_post_no_more(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A former commander of US Africa Command, General Ana Ruiz, said the "
                     "strikes were a mistake.")  # fmt: skip
    assert speakers(facts) == {"Ana Ruiz"}
    posts = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert posts and not any(r.current for r in posts)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Russia's Northern Fleet said on Monday that it had tracked a Danish frigate. The "
         "Russian Northern Fleet said the frigate had left.", "Russia Northern Fleet"),
        ("United States Central Command said on Monday that its jets struck a camp. US "
         "Central Command said the camp was empty.", "United States Central Command"),
        ("The Turkish General Staff said on Sunday that its jets had struck militants. "
         "Turkey's General Staff said the strikes would go on.", "Turkey General Staff"),
    ],
)  # fmt: skip
def test_a_command_is_one_actor_however_its_owner_is_named(facts_of, text, command) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert speakers(facts) == {command}
    assert memberships(facts) == {(command, o) for _, o in memberships(facts)}
    assert len(memberships(facts)) == 1


def test_a_command_stays_apart_from_its_country_across_articles() -> None:
    store = kg.open_store("memory")
    kg.ingest_texts(store, [
        "Strikes\nUS Southern Command said on Tuesday its forces struck a camp in Venezuela.",
        "Talks\nThe United States criticised Cuba on Monday. Cuba accused US Southern "
        "Command of lying.",
    ])  # fmt: skip
    rows = kg.query(store, "conflicts")
    assert isinstance(rows, list)
    found = {(r["subjectName"], r["objectName"]) for r in rows}
    assert {("United States Southern Command", "Venezuela"), ("United States", "Cuba"),
            ("Cuba", "United States Southern Command")} <= found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Pentagon's Logistics Staff said the drills would go ahead.",
         "Pentagon's Logistics Staff"),
        ("Talks ended on Monday.\n\nUS Africa Command said the strikes would go on.",
         "US Africa Command"),
        ("Officials of the US Central Command met in Doha.", "US Central Command"),
    ],
)  # fmt: skip
def test_a_commands_name_opens_with_its_owners(nlp, text: str, span: str) -> None:  # type: ignore[no-untyped-def]
    assert [s.text for s in command_spans(nlp(text))] == [span]
