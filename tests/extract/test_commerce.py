"""Business deals between named parties: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # purchases "from" a seller, sales and licences "to" a buyer
        ("Romania ordered 32 fighter jets from Brenvik Aviation.", ("Romania", "Brenvik Aviation")),
        ("Slovakia bought gas from Norway last winter.", ("Slovakia", "Norway")),
        ("Indonesia purchased four corvettes from Italy in May.", ("Indonesia", "Italy")),
        ("Morocco bought wheat from Ukraine last year.", ("Morocco", "Ukraine")),
        ("Angola sold crude to India in April.", ("Angola", "India")),
        ("Salt Fenner Energy sold its stake to Halvard Minerals.", ("Salt Fenner Energy", "Halvard Minerals")),
        ("Ostrel Dynamics licensed its radar design to Pellam Works.", ("Ostrel Dynamics", "Pellam Works")),
        ("Vietnam licensed the engine technology from Ostrel Dynamics.", ("Vietnam", "Ostrel Dynamics")),
        ("Georgia leased two helicopters from Turkey.", ("Georgia", "Turkey")),
        # contracts won, awarded, renewed; orders placed and received
        ("Halvard Minerals won a contract to build Kenya's new port.", ("Halvard Minerals", "Kenya")),
        ("Brenvik Aviation won a contract to supply the Greek navy with drones.", ("Brenvik Aviation", "Greece")),
        ("Pellam Works secured a contract from the UN to supply tents.", ("Pellam Works", "United Nations")),
        ("Sweden awarded Pellam Works a contract for 40 buses.", ("Sweden", "Pellam Works")),
        ("Colombia awarded the $3bn contract to Halvard Minerals.", ("Colombia", "Halvard Minerals")),
        ("Halvard Minerals was awarded a contract by the Peruvian government.", ("Halvard Minerals", "Peru")),
        ("Salt Fenner Energy renewed its gas contract with Croatia.", ("Salt Fenner Energy", "Croatia")),
        ("Thailand placed an order for eight trains with Pellam Works.", ("Thailand", "Pellam Works")),
        ("Brenvik Aviation has received an order from Oman for 12 jets.", ("Brenvik Aviation", "Oman")),
        # a deal for a firm to do a work; an order told as done; money paid for goods
        ("Jordan signed a $4bn deal for Halvard Minerals to build its railway.", ("Jordan", "Halvard Minerals")),
        ("A deal for Pellam Works to build Chile's metro was signed on Monday.", ("Chile", "Pellam Works")),
        ("Qatar's order for 30 jets from Brenvik Aviation was confirmed on Friday.", ("Qatar", "Brenvik Aviation")),
        ("Mali confirmed its order for six trains from Pellam Works.", ("Mali", "Pellam Works")),
        ("Halvard Minerals paid Zambia $40m for the mining rights.", ("Halvard Minerals", "Zambia")),
        ("Algeria paid $2bn to Russia for the helicopters.", ("Algeria", "Russia")),
        # a consortium's members, and one led by a firm
        ("A consortium led by Pellam Works won a contract to build Oman's metro.", ("Pellam Works", "Oman")),
    ],
)  # fmt: skip
def test_a_business_deal_is_economic_cooperation(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile ordered its troops from the border.",  # a command, no goods
        "Spain bought time from its creditors.",  # no goods
        "Egypt sold the plan to the IMF.",  # an idea
        "Halvard Minerals lost a contract to Pellam Works.",  # lost
        "The court gave Pellam Works an order to pay damages.",  # a court's order
        "Brenvik Aviation received an order from the ministry to halt production.",  # a command
        "Pellam Works did not buy any trains from Halvard Minerals.",  # negated
        "Pellam Works hopes to buy trains from Halvard Minerals.",  # only hoped
        "If Chile buys the trains from Pellam Works, prices will fall.",  # hypothetical
        "Halvard Minerals refused to sell its stake to Ostrel Dynamics.",  # refused
        "Halvard Minerals bid for the contract to build Kenya's port, but lost.",  # a bid
        "Pellam Works offered to supply trains to Chile.",  # an offer
        "Shares of Brenvik Aviation rose 5% after the order.",  # a market move
        "Vessa Motors and Corran Motors sell 9,000 cars between them.",  # each its own
        "Jordan rejected a deal for Halvard Minerals to build its railway.",  # rejected
        "Peru cancelled its order for jets from Brenvik Aviation.",  # cancelled
        "Chile paid $5m to the families for their losses.",  # compensation
        "Spain granted licences to three banks.",  # a state's licence, no deal
    ],
)
def test_no_deal_without_one_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Minerals' deal with Kenya collapsed last week.",
        "The deal between Halvard Minerals and Kenya fell through.",
        "Brenvik Aviation's sale to Pellam Works collapsed in June.",
    ],
)
def test_a_business_deal_that_collapsed_was_never_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A consortium of Pellam Works and Halvard Minerals won the tender.", ("Pellam Works", "Halvard Minerals")),
        ("A consortium of Pellam Works and Halvard Minerals built the bridge.", ("Pellam Works", "Halvard Minerals")),
        ("Oman hired a consortium of Ostrel Dynamics and Pellam Works.", ("Ostrel Dynamics", "Pellam Works")),
    ],
)  # fmt: skip
def test_the_members_of_a_consortium_work_together(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in cooperation_pairs(facts_of(text))


def test_two_buyers_of_one_seller_made_no_deal_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru sold shares in the mine to Halvard Minerals and Ostrel Dynamics.")
    pairs = cooperation_pairs(facts)
    assert frozenset({"Peru", "Ostrel Dynamics"}) in pairs
    assert frozenset({"Halvard Minerals", "Ostrel Dynamics"}) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Peru sells about 60% of its copper output to China.",  # trade that goes on
        "Kenya buys most of its fuel from the Gulf states.",
        "Japan imported coal worth $2bn from Australia in March.",  # a trade figure
        "A consortium of lenders and Orvane Group each put up $50m.",  # no named members
    ],
)
def test_trade_that_goes_on_or_a_trade_figure_is_no_deal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperation_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the contract the subject of a passive: "awarded to X by Y"
        ("The contract was awarded to Halvard Minerals by Peru.", ("Peru", "Halvard Minerals")),
        ("A $2bn contract was awarded to Pellam Works by the government of Ghana.", ("Ghana", "Pellam Works")),
        ("The tender was awarded to Ostrel Dynamics by Kenya last year.", ("Kenya", "Ostrel Dynamics")),
        # the firm awarded described in apposition before the contract
        ("Chile awarded Pellam Works, a Spanish engineering firm, a contract to build a dam.", ("Chile", "Pellam Works")),
        ("Kazakhstan awarded Halvard Minerals, Canada's biggest miner, a contract.", ("Kazakhstan", "Halvard Minerals")),
        ("Oman awarded Brenvik Aviation, the Swedish jet maker, a contract for 12 jets.", ("Oman", "Brenvik Aviation")),
    ],
)  # fmt: skip
def test_a_contract_awarded_to_a_firm_by_a_state(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(pair) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The contract was not awarded to Halvard Minerals by Peru.",  # negated
        "The contract may be awarded to Halvard Minerals by Peru.",  # may be
        "Chile did not award Pellam Works, a Spanish firm, a contract.",  # negated
        "Chile fined Pellam Works, a Spanish engineering firm, over a contract.",  # no award
        "The contract is expected to go to Halvard Minerals.",  # expected
    ],
)
def test_a_contract_not_awarded_is_no_deal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperation_pairs(facts_of(text)) == set()
