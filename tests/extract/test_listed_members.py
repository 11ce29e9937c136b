"""A plural noun followed by the names of some of whom it means: the named are the parties."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


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
