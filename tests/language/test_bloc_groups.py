"""Countries referred to by their bloc or region ("the three NATO members", "both EU
states", "the six Gulf monarchies"): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair, speakers

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


# One reading of a bloc's members as the doer, for every kind of event: the counted
# phrase is the countries named before it, the uncounted one some members, no one.


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Estonia, Latvia and Lithuania protested on Monday. The three NATO members said "
         "Russia had violated the treaty.", EventKind.CONFLICT,
         {("Estonia", "Russia"), ("Latvia", "Russia"), ("Lithuania", "Russia")}),
        ("Poland and Hungary vetoed the budget on Monday. The two EU members condemned "
         "Belarus for the crackdown.", EventKind.CONFLICT,
         {("Poland", "Belarus"), ("Hungary", "Belarus")}),
        ("Thailand and Vietnam signed a fisheries deal. The two ASEAN members agreed to "
         "cooperate with Japan on coastal patrols.", EventKind.COOPERATION,
         {("Thailand", "Japan"), ("Vietnam", "Japan")}),
    ],
)  # fmt: skip
def test_a_counted_bloc_group_is_the_same_countries_in_every_kind(  # type: ignore[no-untyped-def]
    facts_of, text, kind, expected
) -> None:
    found = directed(facts_of(text), kind)
    assert expected <= found
    assert not {a for a, _ in found} & {NATO, EU, ASEAN}


def test_a_counted_bloc_group_meets_as_the_countries(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Thailand and Vietnam signed a fisheries deal. Both ASEAN members met "
                     "China's foreign minister in Hanoi on Tuesday.")  # fmt: skip
    met = met_pairs(facts)
    assert {pair("Thailand", "China"), pair("Vietnam", "China")} <= met
    assert not any(ASEAN in p for p in met)


@pytest.mark.parametrize(
    "text",
    [
        "NATO members said Russia had violated the treaty.",  # a charge in what they said
        "EU member states accused Hungary of breaking the rules.",
        "NATO allies criticised Russia over the drills on Friday.",
        "OPEC members condemned Nigeria for raising output.",
        "Members of NATO criticised Russia over the drills.",
        "Member states of the EU accused Hungary of breaking the rules.",
        "The European Union's member states condemned Hungary on Monday.",
    ],
)  # fmt: skip
def test_unnamed_members_of_a_bloc_act_for_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT)
    assert not speakers(facts) & {NATO, EU, OPEC, "NATO allies"}


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN members met China's foreign minister in Hanoi on Tuesday.",
        "EU member states agreed to cooperate with Japan on chips.",
        "Members of the European Union said the plan was dead.",
    ],
)  # fmt: skip
def test_unnamed_members_of_a_bloc_meet_or_agree_for_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not met_pairs(facts)
    assert not directed(facts, EventKind.COOPERATION)
    assert not speakers(facts)


def test_a_country_beside_unnamed_members_still_acts(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("NATO members and Japan criticised Russia on Friday."),
                     EventKind.CONFLICT)  # fmt: skip
    assert found == {("Japan", "Russia")}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("NATO accused Russia of violating the treaty.", EventKind.CONFLICT, (NATO, "Russia")),
        ("NATO officials said Russia had violated the treaty.", EventKind.CONFLICT,
         (NATO, "Russia")),
        ("The EU condemned Hungary on Monday.", EventKind.CONFLICT, (EU, "Hungary")),
        ("Russia threatened NATO members on Friday.", EventKind.CONFLICT, ("Russia", NATO)),
        ("Members of parliament criticised Russia on Friday.", EventKind.CONFLICT, None),
    ],
)  # fmt: skip
def test_the_bloc_itself_and_others_act_as_before(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), kind)
    assert (expected in found) if expected else not found


@pytest.mark.parametrize(
    "text",
    [
        "NATO members such as Poland criticised Russia on Friday.",
        "Former EU members criticised the rules on fishing.",
        "Members of parliament said the minister had lied.",
    ],
)  # fmt: skip
def test_no_bloc_from_examples_former_members_or_a_parliament(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    agents = {a for a, _ in directed(facts, EventKind.CONFLICT)}
    assert not (agents | speakers(facts)) & {NATO, EU, "parliament"}
