"""Unnamed groups found word by word: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, cooperation_pairs, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Twenty-five rebels were killed by soldiers near the border.", "group/rebels-"),
        ("Thirty-two militants were arrested by police on Monday.", "group/militants-"),
        ("Some 40 insurgents were captured by troops in the hills.", "group/insurgents-"),
    ],
)
def test_a_counted_group_is_named_without_its_count(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    targets = {
        p.actor
        for e in facts_of(text).events
        if e.kind is EventKind.CONFLICT
        for p in e.participants
        if p.role == "target"
    }
    assert len(targets) == 1 and next(iter(targets)).startswith(group)


def _pairs(facts) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {
        (a.actor, t.actor)
        for e in facts.events
        if e.kind is EventKind.CONFLICT
        for a in e.participants
        if a.role == "agent"
        for t in e.participants
        if t.role == "target"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah guerrillas attacked Israel on Monday.", ("org/hezbollah", "country/ISR")),
        ("Israeli troops killed 20 Hamas fighters.", ("country/ISR", "org/hamas")),
        (
            "FARC rebels kidnapped opposition leader Tomas Kerrin on Monday.",
            ("org/farc", "person/tomas-kerrin"),
        ),
        # their commanders too: "Hamas leaders" already are Hamas
        ("Israel killed two Hamas commanders on Friday.", ("country/ISR", "org/hamas")),
        ("Three FARC commanders were seized by Colombia.", ("country/COL", "org/farc")),
    ],
)
def test_fighters_named_by_their_body_are_that_body(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Sudanese rebels attacked Chad on Monday.", "group/sudanese-rebels"),  # not Sudan
        ("Darfur rebels attacked Sudan on Monday.", "group/darfur-rebels"),  # a region's
        ("Labour activists attacked Tomas Kerrin.", "group/labour-activists"),  # no fighters
        ("Rebel commanders attacked Sudan on Monday.", "group/rebel-commanders"),  # no body
    ],
)
def test_fighters_of_a_country_or_place_stay_a_group(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    assert any(a == group for a, _ in _pairs(facts_of(text)))


def test_a_tie_with_another_party_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile's alliance with Peru endured.")
    assert {a.name for a in facts.actors} == {"Chile", "Peru"}
    assert ("Chile", "Peru") in directed(facts, EventKind.COOPERATION) | {
        (b, a) for a, b in directed(facts, EventKind.COOPERATION)
    }


def test_a_body_named_by_such_a_noun_stays_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Andean Alliance condemned Peru.")
    assert any(a.type.value == "Organization" for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Unity Party won the vote. The party's leader Ana Ruiz thanked voters.",
            ("Ana Ruiz", "Unity Party"),
        ),
        (
            "The Unity Party won the vote. Tomas Lind, the party's Treasury spokesman, said so.",
            ("Tomas Lind", "Unity Party"),
        ),
        (
            "The Tories will cut taxes if they win, the party's election chief Ana Ruiz has said.",
            ("Ana Ruiz", "Conservative Party"),
        ),
    ],
)
def test_the_partys_post_is_the_party_named_before(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Unity Party lost the vote. The party said it would appeal.",
        "The Unity Party lost the vote. The party's leadership was criticised by Tomas Lind.",
    ],
)
def test_the_party_not_owning_a_post_is_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A party may be a gathering: only as the owner of a post is it the party named before."""
    facts = facts_of(text)
    assert not affiliations(facts)
    assert not [p for e in facts.events for p in e.participants if p.actor.startswith("org/")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian and Pakistani military officials held talks at the border on Sunday.",
         {frozenset({"India", "Pakistan"})}),
        ("Indian and Pakistani military officials met at the border on Sunday.",
         {frozenset({"India", "Pakistan"})}),
        ("Greek and Turkish military officials met in Athens.",
         {frozenset({"Greece", "Turkey"})}),
        ("Indian and Pakistani military officials criticised the plan.", set()),
    ],
)  # fmt: skip
def test_officials_of_two_countries_are_no_one_group(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


_LED = "Saudi-led coalition"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peruvian and Chilean forces clashed near the border.", ("Peru", "Chile")),
        ("Fighting between Bolivian and Paraguayan forces killed six.", ("Bolivia", "Paraguay")),
        ("Skirmishes between Chilean and Argentine forces were reported.", ("Argentina", "Chile")),
        # whose forces: the owner's ("Chile, whose troops ..." as well)
        ("Chile, whose forces shelled Bolivia last week, denied it.", ("Chile", "Bolivia")),
    ],
)
def test_forces_of_two_countries_or_of_an_owner(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Market forces pushed Chilean copper prices down.",
        "Peruvian and Chilean forces held joint drills.",  # no fight between them
    ],
)
def test_forces_without_a_fight_oppose_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The Pope's talks with Cuban President Tomas Lind ended on Friday.", "Pope"),
        (
            "The UN secretary-general's meeting with Cuban President Tomas Lind lasted an hour.",
            "United Nations",
        ),
        (
            "The NATO chief's phone call with Cuban President Tomas Lind was cordial.",
            "North Atlantic Treaty Organization",
        ),
    ],
)
def test_a_titled_owner_of_a_meeting_is_a_party(facts_of, text: str, other: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {frozenset({other, "Tomas Lind"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Saudi-led coalition imposed a blockade on Yemen on Monday.", (_LED, "Yemen")),
        ("A Saudi-led coalition launched air strikes on Yemen on Monday.", (_LED, "Yemen")),
        ("Yemen was bombed by a Saudi-led coalition on Monday.", (_LED, "Yemen")),
        ("Yemen accused a Saudi-led coalition of bombing a hospital.", ("Yemen", _LED)),
    ],
)
def test_an_indefinite_led_coalition_is_named(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "a Saudi-led coalition" is the one named, as "the Saudi-led coalition" is;
    "a US court" stays a description of some court."""
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "A Saudi court fined Yemen on Monday.",  # some court, no body named
        "A Chinese-led consortium bought a stake in a Yemeni port.",  # no conflict
        "A Saudi-led coalition may bomb Yemen next week.",  # not a fact
    ],
)
def test_an_indefinite_body_without_a_fact_stays_out(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)} & {
        "Saudi-led coalition",
        "Saudi court",
        "Chinese-led consortium",
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Six nations, among them Chile, Peru and Ecuador, signed a fisheries pact on Monday.",
         {"Chile", "Peru", "Ecuador"}),
        ("Nine countries, among them Ghana and Togo, signed a customs accord in Accra.",
         {"Ghana", "Togo"}),
        ("Four states, Chile, Peru, Bolivia and Ecuador, signed a water pact on Friday.",
         {"Chile", "Peru", "Bolivia", "Ecuador"}),
    ],
)  # fmt: skip
def test_counted_states_are_the_states_named_not_one_actor(facts_of, text, names) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperation_pairs(facts_of(text))
    assert {n for p in pairs for n in p} == names
    assert pair(*sorted(names)[:2]) in pairs


def test_counted_states_named_by_their_kind_are_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Twelve nations condemned Iran over the executions.")
    assert directed(facts, EventKind.CONFLICT) == set()
    facts = facts_of("Scandinavian countries condemned Iran over the executions.")
    assert ("Scandinavian countries", "Iran") in directed(facts, EventKind.CONFLICT)


def test_a_numbered_party_to_a_pact_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Montevia signed the Eastern League charter in May, becoming its 148th party.")
    assert not any("148th" in a.name for a in facts.actors)
