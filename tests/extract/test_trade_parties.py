"""Parties of trade, whom no cooperation between states joins: a firm's investment in a
country, goods sent along a route, help given by a sale, and an unnamed kind of body.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, cooperation_pairs


def _all_pairs(facts_of, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return cooperation_pairs(facts_of(text), factual_only=False)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Velcor Motors expects its direct investment in Brazil to pay off next year.",
         ("Velcor Motors", "Brazil")),
        ("Holm Mining invested $2bn in Chile last year.", ("Holm Mining", "Chile")),
        ("Brantex Group said its investment in Vietnam would double.", ("Brantex Group", "Vietnam")),
        ("The deal is the third Norwegian investment in Peru to run into trouble.", ("Norway", "Peru")),
        ("A Turkish investment in Iran ran into trouble.", ("Turkey", "Iran")),
        ("Two German investments in Poland failed.", ("Germany", "Poland")),
    ],
)  # fmt: skip
def test_a_firms_investment_in_a_country_is_its_business(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) not in _all_pairs(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan invested $10 billion in India last year.", ("Japan", "India", "061")),
        ("Chinese investment in Kenya has grown.", ("China", "Kenya", "061")),
        ("Qatar invested $1bn in Kell Motors.", ("Qatar", "Kell Motors", "061")),
        ("Orbis Bank invested $1bn in Kell Motors.", ("Orbis Bank", "Kell Motors", "061")),
        ("China pledged to invest $5bn in Angola's railways.", ("China", "Angola", "031")),
        # a state's leader pledges its money
        (
            "Japanese Prime Minister Taro Sato pledged to invest $10bn in India.",
            ("Taro Sato", "India", "031"),
        ),
        (
            "Chinese President Wei Lin announced a $60bn investment in Kenya.",
            ("Wei Lin", "Kenya", "061"),
        ),
    ],
)
def test_a_states_investment_stays_cooperation(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Velcor Oil and Brantex Energy will organise the delivery of crude oil from Russia "
         "to India.", [("Russia", "India"), ("Velcor Oil", "India"), ("Brantex Energy", "India")]),
        ("The two firms will organise delivery of oil, gas and coal from Russia to India.",
         [("Russia", "India")]),
        ("Oil deliveries from Russia to India rose.", [("Russia", "India")]),
        ("The shipment of grain from Ukraine to Egypt was delayed.", [("Ukraine", "Egypt")]),
        ("Deliveries of Russian oil to India by Velcor Oil doubled.", [("Velcor Oil", "India")]),
    ],
)  # fmt: skip
def test_goods_on_a_route_give_no_aid(facts_of, text: str, pairs) -> None:  # type: ignore[no-untyped-def]
    found = _all_pairs(facts_of, text)
    assert not {frozenset(p) for p in pairs} & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia delivered S-400 missiles to India.", ("Russia", "India", "070")),
        ("The US supplied arms to Ukraine.", ("United States", "Ukraine", "070")),
        ("Kuwait's deliveries of fuel to Jordan resumed.", ("Kuwait", "Jordan", "070")),
        ("The IMF disbursed $1bn to Egypt.", ("International Monetary Fund", "Egypt", "071")),
        ("Qatar paid for the reconstruction of Egypt's hospitals.", ("Qatar", "Egypt", "071")),
    ],
)
def test_a_state_that_gives_still_aids(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norvo Telecom was sold for $3bn last year to help Brantex Group pay off its tax bill.",
         ("Norvo Telecom", "Brantex Group")),
        ("Velcor Holdings sold Norvo Telecom to help Brantex Group pay its debts.",
         ("Velcor Holdings", "Brantex Group")),
        ("Yuzhvest was sold for $9bn in an auction last year to help Brantex Group pay off part "
         "of a $27bn tax bill.", ("Yuzhvest", "Brantex Group")),
    ],
)  # fmt: skip
def test_help_by_a_sale_is_no_aid(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(e.kind is EventKind.COOPERATION and e.cameo.startswith("07")
                   for e in facts.events)  # fmt: skip
    assert frozenset(pair) not in cooperation_pairs(facts, factual_only=False)


def test_a_purchase_between_firms_stays_trade(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kell Motors sold its stake in Norvo Telecom to Orbis Bank.")
    assert frozenset({"Kell Motors", "Orbis Bank"}) in cooperation_pairs(facts)
    assert {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION} == {"061"}


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Dresk, who had funded liberal opposition groups, left the country.",
        "Marek Holl funded opposition groups in Belarus.",
        "Ivan Dresk gave money to opposition groups.",
        "Ivan Dresk financed rebel groups in Syria.",
        "The Velcor Foundation funded human rights groups.",
    ],
)
def test_an_unnamed_kind_of_body_is_no_one_aided(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in facts_of(text).events if e.kind is EventKind.COOPERATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar funded the Free Syrian Army.", ("Qatar", "Free Syrian Army", "071")),
        ("Qatar funded the rebels.", ("Qatar", "rebels", "071")),
    ],
)
def test_a_named_or_known_body_is_still_aided(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text, EventKind.COOPERATION)
