"""A body of a country's state named by its kind is that country's: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, memberships, speakers


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("The parliament of Hungary condemned Romania.", "Hungary parliament", "Hungary"),
        ("The parliament of the Netherlands condemned Belgium.", "Netherlands parliament",
         "Netherlands"),
        ("The foreign ministry of Peru condemned Chile.", "Peru foreign ministry", "Peru"),
        ("Belarus's supreme court sentenced Tomas Kerrin.", "Belarus supreme court", "Belarus"),
        ("The supreme court of Belarus sentenced Tomas Kerrin.", "Belarus supreme court",
         "Belarus"),
    ],
)  # fmt: skip
def test_a_body_named_by_kind_is_its_countrys(facts_of, text, body, country) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert any(a == body for a, _ in directed(facts, EventKind.CONFLICT))
    assert (body, country) in memberships(facts)


def test_two_countries_supreme_courts_are_two_bodies(facts_of) -> None:  # type: ignore[no-untyped-def]
    a = opposed(facts_of, "The US Supreme Court condemned Tomas Kerrin.")
    b = opposed(facts_of, "Belarus's supreme court condemned Tomas Kerrin.")
    assert {x for x, _ in a} == {"United States Supreme Court"}
    assert len(b) == 1 and next(iter(b))[0].startswith("Belarus")


def test_the_body_named_again_without_its_country_is_the_same(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Belarus's supreme court jailed Tomas Kerrin. The supreme court also condemned Poland."
    got = opposed(facts_of, text)
    assert ("Belarus supreme court", "Poland") in got


@pytest.mark.parametrize(
    "text",
    [
        "A court in Belarus sentenced Tomas Kerrin to ten years.",  # some court there
        "The court of Peru heard evidence from two witnesses.",
        "The parliament of Hungary met on Monday to debate the budget.",
    ],
)
def test_a_kind_of_body_or_no_act_gives_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


def test_a_named_bank_keeps_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, "Japan's Mizuho Bank sued Tomas Kerrin.")
    assert {a for a, _ in got} == {"Mizuho Bank"}


def _agents(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.actor for e in facts.events for p in e.participants if p.role == "agent"}


@pytest.mark.parametrize(
    ("adjective", "possessive"),
    [
        ("The Hungarian parliament condemned Romania.", "Hungary's parliament condemned Romania."),
        ("The Dutch supreme court sentenced Tomas Kerrin.",
         "The supreme court of the Netherlands sentenced Tomas Kerrin."),
        ("The French foreign ministry condemned Chile.", "France's foreign ministry condemned Chile."),
    ],
)  # fmt: skip
def test_a_body_named_with_its_demonym_is_the_same_body(facts_of, adjective, possessive) -> None:  # type: ignore[no-untyped-def]
    by_adjective, by_possessive = _agents(facts_of(adjective)), _agents(facts_of(possessive))
    assert len(by_adjective) == 1 and by_adjective == by_possessive


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Hungarian parliament", "Hungary parliament"),
        ("Brazilian central bank", "Brazil central bank"),
        ("Dutch court", "Dutch court"),  # one court of many
        ("Lotus Bank", "Lotus Bank"),
        ("Hungary parliament", "Hungary parliament"),
    ],
)
def test_country_body_key(name: str, key: str) -> None:
    from kg.language.gazetteer import gazetteer
    from kg.language.state_bodies import country_body_key

    assert country_body_key(gazetteer(), name) == key


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The Chadian Democratic Forces attacked Nigerian troops.", "Chadian Democratic Forces",
         "Nigeria"),
        ("The Free Malian Army ambushed Nigerien soldiers.", "Free Malian Army", "Niger"),
        ("Turkish jets bombed the Syrian Popular Defence Forces.", "Turkey",
         "Syrian Popular Defence Forces"),
    ],
)  # fmt: skip
def test_a_force_with_a_name_of_its_own_is_no_state(facts_of, text, agent, target) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Afghan National Army attacked Pakistani troops.", "Afghanistan"),
        ("The South Korean Armed Forces fired at North Korean troops.", "South Korea"),
        ("The Iraqi Security Forces attacked Syrian troops.", "Iraq"),
        ("Syrian government forces attacked Turkish troops.", "Syria"),
    ],
)
def test_a_states_own_forces_are_the_state(facts_of, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    assert agent in {a for a, _ in opposed(facts_of, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bosnian Serb forces shelled Sarajevo.", "Bosnia"),
        ("The Bosnian Croat army attacked Serbia.", "Serbia"),
        ("Bosnian Serb forces downed a French jet.", "France"),
    ],
)
def test_a_peoples_force_within_a_country_is_neither_states(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: str
) -> None:
    """The force is an actor of its own, named as written: not Bosnia, Serbia or Croatia."""
    ((agent, target),) = opposed(facts_of, text)
    assert agent.startswith("Bosnian ") and target == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korean troops fired on North Korea.", ("South Korea", "North Korea")),
        ("Saudi Arabian forces attacked Yemen.", ("Saudi Arabia", "Yemen")),
        ("Serbian government forces attacked Croatia.", ("Serbia", "Croatia")),
    ],
)
def test_one_countrys_force_in_two_words_stays_its_own(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert opposed(facts_of, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The Lebanese Forces accused Hezbollah of blocking the presidential vote.",
        "The Lebanese Forces condemned Hezbollah on Monday.",
    ],
)
def test_a_demonym_and_capital_forces_name_a_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Lebanese Forces", "Hezbollah") in opposed(facts_of, text)


def test_lower_case_forces_are_the_countrys(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Lebanon", "Hezbollah") in opposed(facts_of, "Lebanese forces attacked Hezbollah.")


def test_a_places_body_is_named_with_its_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Gaza's health ministry said 40 people had been killed.")
    assert speakers(facts) == {"Gaza health ministry"}
    assert not memberships(facts)


def test_a_standing_armed_group_named_like_a_states_army(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Libyan National Army said it had attacked Turkish drones.")
    assert ("Libyan National Army", "Turkey") in directed(facts, EventKind.CONFLICT)
    assert "Libya" not in speakers(facts)


def test_a_states_national_army_stays_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Afghan National Army attacked Taliban positions.")
    assert ("Afghanistan", "Taliban") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Peru's foreign ministry accused Chile of spying on Monday.", "Peru foreign ministry"),
        ("Chile accused Peru's foreign ministry of lying.", "Peru foreign ministry"),
        ("Ghana's electoral commission rejected the complaint.", "Ghana electoral commission"),
        ("Chad's central bank raised interest rates on Tuesday.", "Chad central bank"),
    ],
)
def test_a_countrys_organ_is_named_without_the_possessive(  # type: ignore[no-untyped-def]
    facts_of, text: str, body: str
) -> None:
    names = {a.name for a in facts_of(text).actors}
    assert body in names
    assert not any("'s" in n for n in names)


@pytest.mark.parametrize(
    ("text", "body", "target"),
    [
        ("Norway's anti-doping agency accused Kenya of a cover-up.", "Norway anti-doping agency",
         "Kenya"),
        ("Chile's space agency criticised Peru over the launch.", "Chile space agency", "Peru"),
        ("Austria's environment agency condemned Hungary over the spill.",
         "Austria environment agency", "Hungary"),
    ],
)  # fmt: skip
def test_a_countrys_agency_named_by_its_field_is_an_actor(facts_of, text, body, target) -> None:  # type: ignore[no-untyped-def]
    assert (body, target) in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway's agency accused Kenya of a cover-up.",  # no field: which of its agencies?
        "Norway's travel agency accused Kenya of a cover-up.",  # a trade: some firm
        "A Norwegian agency accused Kenya of a cover-up.",  # some agency
    ],
)
def test_an_agency_no_field_names_stays_unnamed(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(a.startswith("Norw") for a, _ in opposed(facts_of, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tonga Legislative Assembly voted on Tuesday to condemn Fiji over the deal.",
         ("Tonga Legislative Assembly", "Fiji")),
        ("Fiji accused the Tonga Legislative Assembly of breaking the treaty.",
         ("Fiji", "Tonga Legislative Assembly")),
        ("The Samoa Legislative Assembly criticised Tonga on Monday over the fishing ban.",
         ("Samoa Legislative Assembly", "Tonga")),
    ],
)  # fmt: skip
def test_a_legislative_assembly_keeps_its_countrys_name(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    """ "Legislative Assembly" is a kind of body a country has one of, as "National
    Assembly" is: named with the country before it, a member of it."""
    facts = facts_of(text)
    assert opposed(facts_of, text) == {expected}
    body = next(name for name in expected if "Assembly" in name)
    assert (body, body.split()[0]) in memberships(facts)
