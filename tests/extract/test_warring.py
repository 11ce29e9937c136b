"""A war both sides fight, apart from a war waged on someone and allies fighting
together. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Honduras and El Salvador fought a short war in 1969.", ("Honduras", "El Salvador")),
        (
            "Armenia fought a bloody war with Azerbaijan over the enclave.",
            ("Armenia", "Azerbaijan"),
        ),
        ("Chad and Libya waged a desert war for years.", ("Chad", "Libya")),
        ("Cambodia's border war with Thailand flared again.", ("Cambodia", "Thailand")),
        ("The war between Uganda and Tanzania ended in 1979.", ("Uganda", "Tanzania")),
        ("Bolivia and Paraguay had fought two wars over the region.", ("Bolivia", "Paraguay")),
    ],
)
def test_a_war_of_two_sides_is_each_against_the_other(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert {(a, b), (b, a)} <= opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ukraine's death toll has risen in the war with Russia.", ("Ukraine", "Russia")),
        ("Ukraine has lost thousands of soldiers in the war with Russia.", ("Ukraine", "Russia")),
        ("Armenia's economy suffered during the war with Azerbaijan.", ("Armenia", "Azerbaijan")),
    ],
)
def test_a_war_with_one_side_hung_on_a_clause_about_the_other(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert {(a, b), (b, a)} <= opposed(facts_of, text)


def test_a_war_with_no_partner_named_has_no_sides(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, "Ukraine's death toll has risen in the war.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chad and Niger fought a war against the rebels of Libya.", ("Chad", "Niger")),
        ("Chad and Niger fought a desert war together.", ("Chad", "Niger")),
        ("Chad and Niger fought two world wars as colonies.", ("Chad", "Niger")),
        ("Chad and Niger fought a war of words over the river.", ("Chad", "Niger")),
        ("Chad and Niger waged a bitter trade war.", ("Chad", "Niger")),
    ],
)
def test_a_war_on_someone_or_fought_by_allies_is_not_mutual(facts_of, text: str, absent) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    assert absent not in found
    assert absent[::-1] not in found


def test_a_war_waged_on_someone_has_one_side(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "Chad waged a long war on Libya.") == {("Chad", "Libya")}


@pytest.mark.parametrize(
    "text",
    [
        "China's trade war with Peru hurt exports.",
        "Chile's tariff war with Peru dragged on.",
        "The trade war between Chile and Peru hurt exports.",
    ],
)
def test_one_sides_war_of_trade_is_no_force(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in facts_of(text).events if e.kind is EventKind.CONFLICT}
    assert codes and not any(c.startswith(("18", "19", "20")) for c in codes)


def test_one_sides_war_of_arms_is_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    codes = {e.cameo for e in facts_of("Iraq's war with Iran killed thousands.").events}
    assert "190" in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eritrea went to war with Ethiopia in 1998.",
            {("Eritrea", "Ethiopia"), ("Ethiopia", "Eritrea")},
        ),
        ("Chad went to war against Libya in 1978.", {("Chad", "Libya")}),
        ("Chad and Niger went to war against Libya.", {("Chad", "Libya"), ("Niger", "Libya")}),
    ],
)
def test_going_to_war_wages_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of young men from Chad went to war.",
        "Chad went to the war museum with Libya's envoy.",
        "Chad may go to war with Libya.",
    ],
)
def test_going_to_war_with_no_foe_or_only_threatened_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = opposed(facts_of, text)
    assert ("Chad", "Libya") not in found and ("Libya", "Chad") not in found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The war of words between Hungary and Romania escalated.", ("Hungary", "Romania")),
        ("Georgia and Armenia are locked in a dispute over the pass.", ("Georgia", "Armenia")),
        ("Algeria's quarrel with Tunisia deepened after the vote.", ("Algeria", "Tunisia")),
        ("A quarrel between Bolivia and Chile broke out over water.", ("Bolivia", "Chile")),
    ],
)
def test_a_war_of_words_or_a_quarrel_is_each_against_the_other(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert {(a, b), (b, a)} <= opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fears of a trade war between Japan and Korea grew on Monday.",
        "The risk of a war between Sudan and Chad has grown.",
        "The chances of fighting between Sudan and Chad are high.",
        "Cuba was spared sanctions by Canada.",
    ],
)
def test_a_feared_war_or_a_spared_country_is_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Iran-Iraq war lasted eight years.", ("Iran", "Iraq")),
        ("The Indo-Pakistani war of 1971 ended within weeks.", ("India", "Pakistan")),
        ("The Russo-Japanese war ended in 1905.", ("Russia", "Japan")),
        ("Veterans of the Peru-Ecuador war marched on Sunday.", ("Peru", "Ecuador")),
    ],
)
def test_a_war_named_by_two_dashed_sides_is_each_against_the_other(
    facts_of, text: str, sides
) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert {(a, b), (b, a)} <= opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Sino-Soviet split of the 1960s reshaped the region.", ("China", "Soviet Union")),
        ("The Chile-Peru rift deepened last week.", ("Chile", "Peru")),
        ("A split between Kenya and Uganda emerged over the lake.", ("Kenya", "Uganda")),
    ],
)
def test_a_split_or_rift_between_two_sides_sets_them_apart(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    a, b = sides
    assert (a, b) in opposed(facts_of, text) or (b, a) in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The US-led war in the region lasted a decade.",  # one side leads it
        "The Baden-Wurttemberg split over the budget ended.",  # one region, no pair
        "The Guinea-Bissau war of independence ended in 1974.",  # one country
    ],
)
def test_a_led_war_or_one_hyphenated_place_has_no_two_sides(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {(a, b) for a, b in opposed(facts_of, text) if "Guinea" in (a, b)}
    assert ("United States", "United States") not in opposed(facts_of, text)
