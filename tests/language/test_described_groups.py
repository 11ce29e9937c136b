"""Groups named by what they are belong to their article: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, met_pairs, speakers_of


def agents(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        p.actor
        for e in facts.events
        if e.kind is EventKind.CONFLICT
        for p in e.participants
        if p.role == "agent"
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The military detained Tomas Kerrin on Monday.", "The military detained Lia Moran."),
        ("The army attacked Chad on Monday.", "The army said it attacked Niger."),
        ("The junta expelled Tomas Kerrin.", "The junta expelled Lia Moran."),
    ],
)
def test_one_storys_military_is_not_anothers(facts_of, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    a, b = agents(facts_of(first)), agents(facts_of(second))
    assert len(a) == 1 and len(b) == 1
    assert a != b
    assert all(k.startswith("group/") for k in a | b)


def force_pairs(facts) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(agent's key without its story part, target) of every factual conflict."""
    out = set()
    for e in facts.events:
        if e.kind is not EventKind.CONFLICT or not e.factual:
            continue
        for a in (p.actor for p in e.participants if p.role == "agent"):
            for t in (p.actor for p in e.participants if p.role == "target"):
                out.add((a.rsplit("-", 1)[0] if a.startswith("group/") else a, t))
    return out


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Troops attacked the homes of Tomas Kerrin and Lia Moran.", "group/troops", "person/lia-moran"),
        ("Soldiers arrested Tomas Kerrin in Lima on Tuesday.", "group/soldiers", "person/tomas-kerrin"),
        ("Security forces detained Lia Moran at her office.", "group/security-forces", "person/lia-moran"),
        ("Police arrested opposition leader Lia Moran on Friday.", "group/police", "person/lia-moran"),
        ("On Monday, riot police detained Tomas Kerrin in the capital.", "group/riot-police", "person/tomas-kerrin"),
        ("Lia Moran was detained by police at the airport.", "group/police", "person/lia-moran"),
        ("Gunmen ambushed the motorcade of Lia Moran near Kabul.", "group/gunmen", "person/lia-moran"),
    ],
)  # fmt: skip
def test_a_force_of_no_country_named_is_a_group_of_the_story(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in force_pairs(facts_of(text))


def test_one_storys_police_are_not_anothers(facts_of) -> None:  # type: ignore[no-untyped-def]
    a = agents(facts_of("Police detained Tomas Kerrin on Monday."))
    b = agents(facts_of("Police detained Lia Moran on Friday."))
    assert len(a) == 1 and len(b) == 1 and a != b


@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops attacked the homes of Tomas Kerrin and Lia Moran.",  # Chile's
        "Chile's soldiers arrested Tomas Kerrin on Tuesday.",
        "The troops of Chile detained Lia Moran on Friday.",
    ],
)
def test_a_countrys_forces_are_that_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert agents(facts_of(text)) == {"country/CHL"}


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Kerrin sent troops to the border and supplied weapons and soldiers to Lia Moran.",
        "Market forces drove down the price, Tomas Kerrin said.",
        # the story names its force: "police" is that force, not another group
        "Tomas Kerrin of Vale County Police said police arrested Lia Moran.",
    ],
)
def test_forces_moved_given_or_named_are_no_unnamed_group(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    keys = {p.actor for e in facts.events for p in e.participants}
    assert not any(
        k.startswith(("group/troops", "group/soldiers", "group/police", "group/market"))
        for k in keys
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops crossed the border on Monday. The troops then stormed the home of Lia Moran.",
        "Kenya's police arrived on Monday. Police then arrested opposition leader Lia Moran.",
        "The army of Sudan moved in on Monday. Soldiers then detained Tomas Kerrin.",
    ],
)
def test_forces_in_a_story_of_a_countrys_forces_are_no_group_of_their_own(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a.startswith("group/") for a in agents(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("France's opposition to the invasion of Iraq angered Washington.", "France"),
        ("Labour's opposition to the war angered Downing Street.", "Labour Party"),
        ("Japan's opposition to the whaling ban angered Norway.", "Japan"),
    ],
)
def test_an_opposition_to_something_is_a_stand_not_a_group(facts_of, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    """ "France's opposition to X": France's stand, not a French opposition group."""
    names = {a.name for a in facts_of(text).actors}
    assert owner in names
    assert not any("opposition" in n for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model may tag a people's or region's name before "rebels" a body; when it is
        # also a place's name, the armed men are a group of their own ("the Aceh rebels")
        ("Talks between Myanmar and the Kachin rebels began in Beijing.", "Kachin rebels"),
        ("The Philippine government signed a truce with the Moro rebels.", "Moro rebels"),
        (
            "The second round of negotiations between the Philippine government and the "
            "Moro rebels ended in Kuala Lumpur.",
            "Moro rebels",
        ),
    ],
)
def test_rebels_named_by_a_place_name_are_a_group(facts_of, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(expected in pair for pair in met_pairs(facts) | cooperation_pairs(facts))


def test_rebels_named_by_a_place_name_attack_as_a_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Moro rebels attacked Philippine troops near a village.")
    assert ("Moro rebels", "Philippines") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas fighters attacked Israeli troops.", ("Hamas", "Israel")),  # a body's men
        ("Karen rebels attacked Myanmar troops.", ("Karen rebels", "Myanmar")),
    ],
)
def test_fighters_of_a_body_still_are_the_body(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_planned_meeting_with_place_named_rebels_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Kachin rebels are expected to meet Myanmar officials next week.")
    assert not met_pairs(facts)
    assert met_pairs(facts, factual_only=False)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Rebels in Cabo Delgado attacked Mozambican troops on Friday.", "Rebels in Cabo Delgado"),
        ("Nigerian soldiers clashed with militants in the Niger Delta.", "militants in the Niger Delta"),
        ("Sudan signed a truce with rebels from the Nuba Mountains.", "rebels from the Nuba Mountains"),
        ("The junta in Mali expelled the French ambassador.", "junta in Mali"),
        ("The military rulers of Mali condemned France.", "military rulers of Mali"),
    ],
)  # fmt: skip
def test_armed_men_named_by_their_place(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT) | directed(
        facts_of(text), EventKind.COOPERATION
    )
    assert any(group in pair for pair in pairs)


def test_armed_men_in_no_named_place_keep_their_noun(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(
        facts_of("Malian troops fought jihadists in the north on Friday."), EventKind.CONFLICT
    )
    assert ("Mali", "jihadists") in pairs


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Fighting between the army and Kestrel rebels flared on Saturday. The rebels said "
         "they had repelled the attack.", "Kestrel"),
        ("Chechen rebels attacked a convoy. The rebels said they had killed ten soldiers.",
         "Chechen rebels"),
        ("Troops clashed with Red Dawn militants near the border. The militants said they had "
         "lost two men.", "Red Dawn militants"),
    ],
)  # fmt: skip
def test_the_rebels_are_the_one_armed_group_named_so_before(  # type: ignore[no-untyped-def]
    facts_of, text: str, group: str
) -> None:
    assert speakers_of(facts_of(text), "said") == {group}


def test_the_rebels_after_two_such_groups_stay_a_group_of_their_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel rebels and Falcon rebels clashed. The rebels said they had won."
    assert speakers_of(facts_of(text), "said") == {"rebels"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houthi fighters shelled the port for a week. Kenya criticised the rebels for the "
         "attacks.", ("Kenya", "Houthis")),
        ("Kestrel Front fighters seized the town. Chad condemned the militants on Monday.",
         ("Chad", "Kestrel Front")),
        ("Kestrel Front guerrillas blew up the bridge. Niger denounced the insurgents.",
         ("Niger", "Kestrel Front")),
    ],
)  # fmt: skip
def test_the_rebels_after_one_group_named_by_another_fighters_word(
    facts_of, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Russian fighters shelled the port. Ukraine condemned the rebels.", "Russia"),
        ("Houthi fighters and Kestrel Front militants clashed. Chad condemned the rebels.",
         "Houthis"),
    ],
)  # fmt: skip
def test_no_group_for_the_rebels_after_a_state_or_two_groups(
    facts_of, text: str, group: str
) -> None:  # type: ignore[no-untyped-def]
    targets = {
        t for a, t in directed(facts_of(text), EventKind.CONFLICT) if a in {"Ukraine", "Chad"}
    }
    assert group not in targets and "Kestrel Front" not in targets
