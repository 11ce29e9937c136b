"""Countries referred to by their bloc or region ("the three NATO members", "both EU
states", "the six Gulf monarchies"): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers

NATO = "North Atlantic Treaty Organization"
EU = "European Union"
ASEAN = "Association of Southeast Asian Nations"
OPEC = "Organization of the Petroleum Exporting Countries"


@pytest.mark.parametrize(
    ("text", "expected", "bloc"),
    [
        ("Estonia, Latvia and Lithuania protested on Monday. The three NATO members said the "
         "flights were a provocation.", {"Estonia", "Latvia", "Lithuania"}, NATO),
        ("Spain and Italy rejected the plan. The two EU states said it would hurt farmers.",
         {"Spain", "Italy"}, EU),
        ("Thailand and Vietnam criticised China. Both ASEAN members said the dam had cut the "
         "river's flow.", {"Thailand", "Vietnam"}, ASEAN),
        ("Norway and Denmark sent jets. Both NATO allies said the drills would go on.",
         {"Norway", "Denmark"}, NATO),
    ],
)  # fmt: skip
def test_a_counted_bloc_group_speaks_for_those_named(facts_of, text, expected, bloc) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert expected <= said
    assert bloc not in said


@pytest.mark.parametrize(
    ("text", "agents", "target"),
    [
        ("Iraq, Kuwait, Venezuela and Nigeria refused to cut output. The four OPEC producers "
         "accused Saudi Arabia of flooding the market.",
         {"Iraq", "Kuwait", "Venezuela", "Nigeria"}, "Saudi Arabia"),
        ("Saudi Arabia, Kuwait, Bahrain, Qatar, Oman and the United Arab Emirates met in "
         "Riyadh. The six Gulf monarchies condemned Iran.",
         {"Saudi Arabia", "Kuwait", "Bahrain", "Qatar", "Oman", "United Arab Emirates"}, "Iran"),
    ],
)  # fmt: skip
def test_a_counted_bloc_group_acts_for_those_named(facts_of, text, agents, target) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {(a, target) for a in agents} <= found
    assert not {a for a, _ in found} - agents


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets flew near the border. NATO members said the flights were a provocation.",
        "Estonia protested on Monday. The three NATO members said the flights were a provocation.",
        "Russian jets flew near the border. The NATO summit said the flights were a provocation.",
        "Grain prices rose. EU states said the tariffs would stay.",
        "EU member states said the plan was dead.",
        '"The flights are a provocation," NATO members said.',
    ],
)  # fmt: skip
def test_no_bloc_speaks_for_its_members_unnamed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert NATO not in said and EU not in said
