"""Envoys and staff sent away with an order to leave or "persona non grata", or kept
out by refused visas: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed, met_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivia ordered Chile's ambassador to leave within three days.", ("Bolivia", "Chile")),
        ("Uruguay told the Paraguayan envoy to leave the country.", ("Uruguay", "Paraguay")),
        ("Ecuador gave the Peruvian ambassador 48 hours to leave.", ("Ecuador", "Peru")),
        ("Peru's ambassador was ordered to leave Ecuador on Monday.", ("Ecuador", "Peru")),
        ("Chile asked two Bolivian diplomats to leave by Friday.", ("Chile", "Bolivia")),
        ("Hungary declared three Austrian diplomats persona non grata.", ("Hungary", "Austria")),
        (
            "Hungary declared persona non grata an Austrian diplomat who ran a spy ring.",
            ("Hungary", "Austria"),
        ),
        (
            "Two Austrian diplomats were declared persona non grata by Hungary.",
            ("Hungary", "Austria"),
        ),
        (
            "Slovakia on Tuesday declared persona non grata a Czech attache.",
            ("Slovakia", "Czech Republic"),
        ),
    ],
)
def test_an_order_to_leave_expels_the_envoys_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (*pair, "166") in coded(facts_of, text)
    assert not met_pairs(facts)  # no consultation
    assert directed(facts, EventKind.COOPERATION) == set()  # hours to leave are no aid


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador did not order the Peruvian ambassador to leave.",  # negated
        "Ecuador may order the Peruvian ambassador to leave.",  # not done
        "Hungary may declare persona non grata an Austrian diplomat.",  # not done
        "Police ordered the protesters to leave the square.",  # no envoys
        "Uruguay told the Paraguayan envoy that talks would resume.",  # no leaving
        "Ecuador gave the Peruvian ambassador a letter.",  # no leaving
    ],
)
def test_no_expulsion_without_an_asserted_order_to_an_envoy_to_leave(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Burkina Faso ordered French troops to leave within a month.", ("Burkina Faso", "France")),
        ("Chad told the Libyan forces to leave its territory on Monday.", ("Chad", "Libya")),
        ("Somalia ordered Ethiopian soldiers out of the country.", ("Somalia", "Ethiopia")),
        ("The Malian government asked Russian troops to leave.", ("Mali", "Russia")),
    ],
)
def test_an_order_to_another_states_forces_to_leave_expels_them(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (*pair, "166") in coded(facts_of, text)
    assert not met_pairs(facts)  # telling forces to leave is no consultation


@pytest.mark.parametrize(
    "text",
    [
        "Chad ordered its troops to leave the border town.",  # its own
        "The commander ordered the troops to leave the base.",  # whose, unsaid
        "General Ivo Marr ordered French troops to leave the port.",  # a person: his own
        "Chad did not order the Libyan forces to leave.",  # negated
    ],
)
def test_no_expulsion_of_a_states_own_or_unowned_forces(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c == "166" for *_, c in coded(facts_of, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali ordered the UN mission to leave.", ("Mali", "United Nations")),
        (
            "Chad ordered the United Nations mission to leave the country by June.",
            ("Chad", "United Nations"),
        ),
        ("Mali asked the African Union mission to leave.", ("Mali", "African Union")),
        (
            "Mali ordered the EU training mission to leave within a month.",
            ("Mali", "European Union"),
        ),
    ],
)
def test_an_order_to_leave_expels_a_body_s_mission(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "166") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mali did not order the UN mission to leave.",
        "Niger told the UN mission to stay.",
        "The general ordered the mission to leave at dawn.",
    ],
)
def test_no_mission_sent_away(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # one envoy declared unwelcome (the parser makes him a compound of the phrase)
        ("Austria declared a Slovak diplomat persona non grata on Friday.", ("Austria", "Slovakia")),
        ("Peru declared the Chilean consul persona non grata.", ("Peru", "Chile")),
        # a mission's staff sent away as its envoys are
        ("Chile has declared a Bolivian embassy official persona non grata.", ("Chile", "Bolivia")),
        ("Zambia ordered a Malawian embassy official to leave Lusaka within 72 hours.",
         ("Zambia", "Malawi")),
        ("Ecuador ordered two officials of the Peruvian embassy to leave the country.",
         ("Ecuador", "Peru")),
        ("Two Bolivian consulate staff were ordered to leave Chile.", ("Chile", "Bolivia")),
    ],
)  # fmt: skip
def test_one_envoy_or_a_missions_staff_sent_away_expels_its_state(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "166") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zambia ordered a Malawian official to leave the meeting.",  # no mission's
        "Zambia ordered embassy guards to leave.",  # no staff of a state named
        "A Malawian embassy official left Lusaka on Monday.",  # no order
        "Zambia ordered a Malawian embassy official to attend the hearing.",  # no leaving
        "Austria may declare a Slovak diplomat persona non grata.",  # not done
    ],
)
def test_no_expulsion_of_staff_without_a_mission_or_an_order_to_leave(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c == "166" for *_, c in coded(facts_of, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru refused visas to staff of the World Food Programme.",
         ("Peru", "World Food Programme")),
        ("Chile has denied visas to UN inspectors.", ("Chile", "United Nations")),
        ("Chile denied UN inspectors visas.", ("Chile", "United Nations")),
        ("Austria refused entry visas to officials of the European Commission.",
         ("Austria", "European Commission")),
        ("The World Health Organization planned a mission. Bolivia refused visas to the "
         "organization's experts.", ("Bolivia", "World Health Organization")),
        ("Ecuador refused visas to two Peruvian diplomats.", ("Ecuador", "Peru")),
    ],
)  # fmt: skip
def test_refusing_visas_to_a_bodys_or_states_staff_acts_on_it(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "166") in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile granted visas to UN inspectors.", ("Chile", "United Nations")),  # given
        ("Chile may refuse visas to UN inspectors.", ("Chile", "United Nations")),  # not done
        ("Ecuador refused visas to 40 Peruvian nationals.", ("Ecuador", "Peru")),  # people
    ],
)
def test_no_state_kept_out_by_visas_given_unsaid_or_to_its_people(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)
