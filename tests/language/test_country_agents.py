"""Lawmakers and forces a country qualifies are that country; otherwise a group of their own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, speakers


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian lawmakers condemned Bolivia on Monday.",
        "Peru's legislators condemned Bolivia on Monday.",
        "Lawmakers in Peru condemned Bolivia on Monday.",
        "Legislators from Peru condemned Bolivia on Monday.",
        "The lawmakers of Peru condemned Bolivia on Monday.",
        "Senior Peruvian legislators condemned Bolivia on Monday.",
    ],
)
def test_lawmakers_of_a_country_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") in opposed(facts_of, text)


def test_lawmakers_of_two_countries_are_both(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, "Lawmakers in Chile and Peru condemned Bolivia.")
    assert {("Chile", "Bolivia"), ("Peru", "Bolivia")} <= got
    got = opposed(facts_of, "Officials and lawmakers from Chile and Peru condemned Bolivia.")
    assert {("Chile", "Bolivia"), ("Peru", "Bolivia")} <= got
    assert ("Chile", "Bolivia") in opposed(
        facts_of, "Diplomats and legislators in Chile condemned Bolivia."
    )
    assert not any(a == "lawmakers" for a, _ in got)


def test_lawmakers_as_target_and_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Bolivia", "Peru") in opposed(facts_of, "Bolivia condemned Peruvian lawmakers.")
    facts = facts_of("Chilean legislators said the border deal was dead.")
    assert speakers(facts) == {"Chile"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Republican lawmakers condemned Bolivia.", "Republican lawmakers"),
        ("Peruvian opposition lawmakers condemned Bolivia.", "Peruvian opposition lawmakers"),
        ("Lawmakers condemned Bolivia on Monday.", "Lawmakers"),
        ("The party's lawmakers condemned Bolivia.", "lawmakers"),
    ],
)
def test_lawmakers_qualified_otherwise_stay_a_group(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert (group, "Bolivia") in got
    assert not any(a == "Peru" for a, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian deputies condemned Bolivia on Monday.",
        "Peru's senators accused Bolivia of breaking the accord.",
        "Senators from Peru condemned Bolivia on Monday.",
        "Bolivia was condemned by Peruvian congressmen.",
        "Deputies and senators in Peru condemned Bolivia.",
    ],
)
def test_deputies_and_senators_of_a_country_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") in opposed(facts_of, text)


def test_deputies_of_a_country_meet_and_speak_for_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chilean senators said the border deal with Bolivia was dead.")
    assert "Chile" in speakers(facts)
    facts = facts_of("Chilean deputies met Bolivian senators in La Paz on Friday.")
    assert any(e.kind is EventKind.MEETING for e in facts.events)
    assert {a.name for a in facts.actors} >= {"Chile", "Bolivia"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Conservative deputies in Peru condemned Bolivia.", "Conservative deputies"),
        ("Republican senators condemned Bolivia.", "Republican senators"),
    ],
)
def test_deputies_qualified_otherwise_stay_a_group(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert (group, "Bolivia") in got
    assert not any(a == "Peru" for a, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Senators condemned Bolivia on Monday.",
        "The sheriff's deputies arrested Tom Vance in Bolivia.",
        "The senators said Bolivia was to blame.",
    ],
)
def test_unnamed_deputies_and_senators_are_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {a.name.lower() for a in facts.actors} & {"senators", "deputies", "the senators"}
    assert not any(a.name == "Peru" for a in facts.actors)


def test_lawmakers_in_a_city_are_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    # (in its capital they are: tests/language/test_seated_rulers.py)
    got = opposed(facts_of, "Lawmakers in Osaka condemned Bolivia.")
    assert ("Japan", "Bolivia") not in got
    assert any(a.lower().startswith("lawmakers") for a, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army of Sudan attacked Chad near the border.", ("Sudan", "Chad")),
        ("The military of Peru detained Bolivia's consul on Friday.", ("Peru", "Bolivia")),
        ("The navy of Chile seized a Bolivian fishing boat.", ("Chile", "Bolivia")),
    ],
)
def test_forces_of_a_country_act_for_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert expected in got
    assert not any(a in {"army", "military", "navy"} for a, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's troops attacked Bolivia at dawn.", ("Chile", "Bolivia")),
        ("Chile's soldiers opened fire on Bolivian border guards.", ("Chile", "Bolivia")),
        ("Egypt's police detained Tomas Kerrin for two days.", ("Egypt", "Tomas Kerrin")),
        ("Myanmar's generals arrested Tomas Kerrin after the vote.", ("Myanmar", "Tomas Kerrin")),
    ],
)
def test_a_countrys_own_forces_act_for_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's troops will attack Bolivia if the talks fail.",
        "Chile's police denied arresting Tomas Kerrin.",
        "Chile's soldiers returned home from Bolivia.",
        "The army of Sudan held a parade in Khartoum.",
    ],
)
def test_forces_that_do_nothing_to_anyone_make_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a in {"Chile", "Sudan"} for a, _ in opposed(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian security services detained a Polish diplomat.",
        "A Polish diplomat was detained by Belarusian security services.",
        "Belarus's intelligence services arrested a Polish diplomat.",
    ],
)
def test_a_countrys_security_services_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Belarus", "Poland") in opposed(facts_of, text)


def test_other_services_of_a_country_are_not_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, "Belarusian financial services sued a Polish bank.")
    assert not any(a == "Belarus" for a, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian army units shelled Polish border posts on Sunday.",
        "Polish border posts were shelled by Belarusian army units.",
        "Belarus's border units fired on Polish guards.",
        "Two Belarusian infantry battalions attacked Polish positions.",
        "Belarusian tank brigades fought Polish troops near the frontier.",
    ],
)
def test_a_countrys_armed_units_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Belarus", "Poland") in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marlo Bank's Belarusian unit sued a Polish bank.",
        "The firm said its Belarusian units had sued a Polish bank.",
    ],
)
def test_a_firms_unit_in_a_country_is_not_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(a == "Belarus" for a, _ in opposed(facts_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru's officials condemned Bolivia on Monday.",
        "Peru's diplomats condemned Bolivia on Monday.",
        "Peru's authorities condemned Bolivia on Monday.",
        "Peru's senior ministers condemned Bolivia on Monday.",
    ],
)
def test_a_countrys_officials_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Harlow's officials condemned Bolivia on Monday.",
        "Peru's team condemned Bolivia on Monday.",
        "Peru's citizens condemned Bolivia on Monday.",
        "Peru, whose officials have long condemned Bolivia, held drills.",
    ],
)
def test_a_persons_staff_or_a_countrys_people_are_not_the_owner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(agent in {"Peru", "Tom Harlow"} for agent, _ in opposed(facts_of, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed sanctions on Chad's military rulers.", ("Canada", "Chad")),
        ("Canada suspended aid to the junta in Chad.", ("Canada", "Chad")),
        ("Canada cut ties with the military government of Chad.", ("Canada", "Chad")),
        ("Chad's military rulers were condemned by Canada.", ("Canada", "Chad")),
        (
            "Canada expelled the Gabonese junta's envoy and condemned Gabon's junta.",
            ("Canada", "Gabon"),
        ),
    ],
)
def test_a_countrys_rulers_acted_on_are_the_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert expected in got
    assert not any("rulers" in b or "junta" in b or "government" in b for _, b in got)


def test_a_pact_with_a_countrys_junta_is_with_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = directed(
        facts_of("Canada signed a defence pact with Gabon's junta."), EventKind.COOPERATION
    )
    assert ("Canada", "Gabon") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed sanctions on Chad's rebel rulers.", ("Canada", "Chad's rebel rulers")),
        ("Canada condemned Gabon's coup leaders.", ("Canada", "Gabon's coup leaders")),
        ("Canada condemned Gabon's former junta.", ("Canada", "Gabon's former junta")),
        # the ones who act stay a group of their own
        ("Gabon's junta expelled the Canadian ambassador.", ("Gabon's junta", "Canada")),
        (
            "Chad's military rulers accused Canada of meddling.",
            ("Chad's military rulers", "Canada"),
        ),
    ],
)
def test_rebels_coup_leaders_former_and_acting_rulers_are_no_country(
    facts_of, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert expected in got
    assert not any({a, b} & {"Chad", "Gabon"} for a, b in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austrian troops were driven from the town by Russian cavalry.", ("Russia", "Austria")),
        ("Hungarian forces were thrown back by Soviet infantry.", ("Soviet Union", "Hungary")),
        ("The Polish garrison was driven out by Swedish infantry.", ("Sweden", "Poland")),
    ],
)
def test_cavalry_infantry_and_garrisons_act_for_their_country(
    facts_of, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The military leaders of Chad, Niger and Benin signed a security pact.",
         {("Chad", "Niger"), ("Chad", "Benin"), ("Niger", "Benin")}),
        ("The military rulers of Sudan and Chad signed a defence agreement.",
         {("Sudan", "Chad")}),
        ("The ruling generals of Sudan and Chad agreed to open the border.",
         {("Sudan", "Chad")}),
    ],
)  # fmt: skip
def test_a_states_own_post_of_several_countries_is_each_countrys(
    facts_of, text: str, pairs: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = {frozenset(p) for p in directed(facts_of(text), EventKind.COOPERATION)}
    assert {frozenset(p) for p in pairs} <= found


def test_military_commanders_of_two_countries_meet_for_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The military commanders of Ghana and Togo met in Lome on Monday.")
    assert frozenset({"Ghana", "Togo"}) in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel leaders of Sudan and Chad signed a truce.",  # rebels in both, no state's
        "The opposition leaders of Sudan and Chad signed a joint appeal.",
        "The military rulers of Sudan and Chad may sign a defence pact.",  # not done
    ],
)
def test_no_states_cooperate_through_a_group_apart_or_an_undone_deed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Sudan", "Chad") not in directed(facts_of(text), EventKind.COOPERATION)
