"""A plural noun followed by the names of some of whom it means: the named are the parties."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Western powers such as France and Britain condemned Iran.", {"France", "United Kingdom"}),
        ("Several countries, including Chile and Peru, condemned Bolivia.", {"Chile", "Peru"}),
        ("Some governments, like Austria and Hungary, criticised Italy.", {"Austria", "Hungary"}),
    ],
)  # fmt: skip
def test_the_listed_act_for_the_plural_noun(facts_of, text: str, agents: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {a for a, _ in found} == agents


def test_listed_signers_agree_with_each_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In 1960, seven countries including Austria, Sweden and Norway signed the Stockholm pact."
    )
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Austria", "Sweden") in found and ("Sweden", "Norway") in found


def test_listed_members_meet(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Several countries including Peru and Chile met in Quito on Monday."
    assert pair("Peru", "Chile") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Countries such as the poorest ones rejected the plan.",
        "Many countries condemned the plan, including its tax rules.",
    ],
)
def test_no_parties_without_names_in_the_list(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "debtor", "named"),
    [
        ("Zambia reached a deal with creditors including China and the IMF.", "Zambia",
         {"China", "International Monetary Fund"}),
        ("Malawi agreed a debt deal with donors such as Norway and Japan.", "Malawi",
         {"Norway", "Japan"}),
        ("Chad signed a deal with bondholders including France.", "Chad", {"France"}),
    ],
)  # fmt: skip
def test_each_named_creditor_deals_with_the_debtor(
    facts_of, text: str, debtor: str, named: set[str]
) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert {pair(debtor, n) for n in named} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Zambia reached a deal with creditors including its banks.",
        "Zambia hopes to reach a deal with creditors including China.",
    ],
)
def test_no_creditor_named_or_no_deal_yet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # (the creditors as a body, as before; never a listed one alone)
    assert all(p <= {"Zambia", "creditors"} for p in cooperation_pairs(facts_of(text)))
