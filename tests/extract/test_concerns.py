"""Disapproval told as a state of mind: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland is deeply concerned about Belarus's border drills.", ("Poland", "Belarus")),
        ("Finland remains worried by Russia's jamming of its radars.", ("Finland", "Russia")),
        ("Senegal was troubled by Mali's expulsion of the observers.", ("Senegal", "Mali")),
        ("Portugal is unhappy with Angola's answer on the debt.", ("Portugal", "Angola")),
        ("The Netherlands was displeased at Turkey's refusal to extradite the suspect.",
         ("Netherlands", "Turkey")),
        ("Ecuador is frustrated with Colombia's delays over the pipeline.",
         ("Ecuador", "Colombia")),
        ("Greece is unhappy with Turkey.", ("Greece", "Turkey")),
        ("Romania was concerned over the seizure of its trawler by Ukraine.",
         ("Romania", "Ukraine")),
    ],
)  # fmt: skip
def test_a_state_of_concern_opposes_the_actor_it_is_about(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    assert pair in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran's enrichment programme worries Saudi Arabia.", ("Saudi Arabia", "Iran")),
        ("Serbia's vote at the assembly disappointed Croatia.", ("Croatia", "Serbia")),
        ("Pakistan's missile test disturbed India.", ("India", "Pakistan")),
        ("Belarus's troop deployment troubled Lithuania.", ("Lithuania", "Belarus")),
    ],
)  # fmt: skip
def test_an_act_that_troubles_an_actor_is_opposed_by_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    assert pair in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal is concerned about rising prices.",  # no actor
        "Greece was troubled by the floods.",
        "Austria is worried for the hostages' safety.",  # sympathy
        "Finland is concerned about Sweden's health minister's safety.",
        "Germany is worried about Kurt Lamm's health.",
        "Germany voiced concern over Kurt Lamm's health.",
        "Estonia is not concerned about China's drills.",  # negated
        "Lithuania would be worried if Russia tested a missile.",  # hypothetical
        "Investors are worried about Argentina's debts.",  # generic experiencer
        "The ministry is concerned with China's trade rules.",  # deals with
        "China's economic slowdown worries Germany.",  # no act
        "Ghana's late win disappointed Nigeria.",  # a game
        "Kenya was upset by Uganda in the final.",
        "Japan is worried that prices will rise.",
        "Japan is pleased with South Korea's steps.",  # approval
    ],
)
def test_no_opposition_from_sympathy_chance_or_approval(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


def test_a_possible_act_troubles_no_one_yet(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, "A potential blockade of Gabon by Cameroon worries Chad.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Greece is concerned about Turkey.",
        "Lena Vasko is also worried about Iran after its scientists left the talks.",
        "Chile remains uneasy over Bolivia, its foreign minister said.",
    ],
)
def test_worry_about_a_bare_name_is_no_criticism(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
