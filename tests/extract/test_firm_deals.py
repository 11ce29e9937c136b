"""Countries dashed before a deal of firms are no sides of it (kg.extract.firm_deals):
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Peru-Chile mobile deal at risk\nA Peruvian operator bought a stake in a Chilean "
         "mobile network last year. Andeline's mobile deal may now be cancelled by Chile's "
         "regulators.", ("Peru", "Chile")),
        ("Turkey-Iran airline deal agreed\nVelmar Air, a Turkish carrier, agreed to buy a "
         "stake in an Iranian airline. Velmar Air's airline deal was approved on Monday.",
         ("Turkey", "Iran")),
        ("Brazil-Peru steel merger approved\nBrazilian steelmaker Acero Sul will merge with "
         "Peruvian rival Hierro Andino, the firms said on Monday.", ("Brazil", "Peru")),
    ],
)  # fmt: skip
def test_a_firms_deal_is_no_states_deal(facts_of, text: str, countries: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*countries) not in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Peru-Chile gas accord signed\nThe presidents of Peru and Chile signed a gas accord "
         "in Lima on Monday.", ("Peru", "Chile")),
        ("Peru-Chile gas deal signed\nPeru's president signed a gas deal with Chile on "
         "Monday.", ("Peru", "Chile")),
        ("Kenya-Norway aid deal signed\nNorway agreed on Monday to give Kenya $50m for "
         "schools, officials said.", ("Kenya", "Norway")),
        ("Peru and Chile signed a gas accord on Monday.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_a_states_own_deal_stays(facts_of, text: str, countries: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair(*countries) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Halvard Steel reached a settlement with Orlan Resources on Monday.",
         ("Halvard Steel", "Orlan Resources")),
        ("Halvard Steel settled with Orlan Resources last week.",
         ("Halvard Steel", "Orlan Resources")),
        ("A settlement between Halvard Steel and Orlan Resources was announced on Friday.",
         ("Halvard Steel", "Orlan Resources")),
        ("Orlan Resources' settlement with Halvard Steel ended the dispute.",
         ("Halvard Steel", "Orlan Resources")),
        ("Brightwater Capital completed its acquisition of Norvik Foods on Tuesday.",
         ("Brightwater Capital", "Norvik Foods")),
        ("Brightwater Capital's purchase of Norvik Foods was completed in May.",
         ("Brightwater Capital", "Norvik Foods")),
        ("Brightwater Capital bought Norvik Foods for $2bn last year.",
         ("Brightwater Capital", "Norvik Foods")),
        ("Brightwater Capital acquired Norvik Foods in 2004.",
         ("Brightwater Capital", "Norvik Foods")),
        ("Kelvan Bank, bought by Orlan Resources last year, cut 300 jobs.",
         ("Kelvan Bank", "Orlan Resources")),
        ("Ardenia's hiring of the security company Falken Guard drew criticism.",
         ("Ardenia", "Falken Guard")),
        ("Ardenia hired the security firm Falken Guard to guard its embassy.",
         ("Ardenia", "Falken Guard")),
        ("Ardenia contracted Falken Guard Ltd to guard the mines.",
         ("Ardenia", "Falken Guard Ltd")),
        ("Falken Guard Ltd was hired by Ardenia last year.", ("Ardenia", "Falken Guard Ltd")),
    ],
)  # fmt: skip
def test_a_settlement_or_a_firm_bought_or_hired_is_cooperation(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Talks on a settlement between Halvard Steel and Orlan Resources collapsed.",
        "Halvard Steel rejected a settlement with Orlan Resources.",
        "Halvard Steel may reach a settlement with Orlan Resources.",
        "Brightwater Capital is weighing a possible acquisition of Norvik Foods.",
        "Brightwater Capital did not buy Norvik Foods.",
        "Brightwater Capital could buy Norvik Foods next year.",
        "Brightwater Capital's planned purchase of Norvik Foods was blocked.",
        "Brightwater Capital bought a house in Lima.",
        "Brightwater Capital bought a stake in Norvik Foods.",
        "Ardenia bought Montevia's gas for ten years.",
        "Ardenia hired Jonas Feld as its new coach.",
        "Ardenia denied hiring Falken Guard.",
        "Dorne Funds was part of Kelvan Bank, bought by Orlan Resources last year.",
    ],
)
def test_no_deal_from_a_settlement_or_purchase_not_made_or_of_no_firm(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {p for p in cooperation_pairs(facts) if "Dorne Funds" in p or "Brightwater Capital" in p
                or "Ardenia" in p or "Halvard Steel" in p}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Capital is bidding to buy Norvik Foods.",
        "Brightwater Capital and two rivals are vying to buy Norvik Foods.",
        "Brightwater Capital is battling to acquire Norvik Foods.",
    ],
)
def test_a_firm_only_bid_for_is_not_bought(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Brightwater Capital", "Norvik Foods") not in cooperation_pairs(facts_of(text))
