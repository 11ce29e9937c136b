"""A pact a meeting ends with: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "a", "b", "cameo"),
    [
        ("The Italo-Spanish summit in Rome ended with a pact on migrants.", "Italy", "Spain", "057"),
        ("Talks between Ghana and Togo produced a border agreement on Monday.",
         "Ghana", "Togo", "057"),
        ("The meeting of the Czech and Slovak prime ministers yielded a deal on gas.",
         "Czech Republic", "Slovakia", "057"),
        ("Bolivia and Paraguay held talks that resulted in a water treaty.",
         "Bolivia", "Paraguay", "057"),
        ("The two-day summit of Kenya and Ethiopia closed with a trade accord.",
         "Kenya", "Ethiopia", "057"),
        ("Negotiations between Armenia and Azerbaijan in Geneva led to a ceasefire.",
         "Armenia", "Azerbaijan", "0871"),
    ],
)  # fmt: skip
def test_a_pact_the_meeting_ends_with_is_the_parties(
    facts_of, text: str, a: str, b: str, cameo: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert {(a, b), (b, a)} <= directed(facts, EventKind.COOPERATION)
    assert any(e.cameo == cameo for e in facts.events if e.kind is EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The summit between Ghana and Togo ended without an agreement.",  # no pact
        "Talks between Ghana and Togo failed to produce an agreement.",  # denied
        "Talks between Ghana and Togo could produce a border agreement.",  # only possible
        "The talks between Ghana and Togo ended with a walkout.",  # no pact
        "The summit ended with a trade pact.",  # no parties named
    ],
)
def test_no_pact_from_a_meeting_when_none_was_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


def test_a_pact_that_names_its_sides_keeps_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The summit of Nordic leaders in Oslo ended with a pact between Iceland "
                     "and Greenland.")  # fmt: skip
    assert directed(facts, EventKind.COOPERATION) == {("Iceland", "Greenland"),
                                                      ("Greenland", "Iceland")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ann Vale held talks with Tom Reyes in Oslo. The talks produced a deal on fishing "
         "quotas.", "Ann Vale", "Tom Reyes"),
        ("Denmark and Sweden held talks in Oslo. The talks yielded an agreement on quotas.",
         "Denmark", "Sweden"),
        ("Norway hosted talks between Denmark and Sweden. The talks ended with a deal on "
         "quotas.", "Denmark", "Sweden"),
    ],
)  # fmt: skip
def test_the_talks_of_the_sentence_before_made_the_pact(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert (a, b) in directed(facts_of(text), EventKind.COOPERATION)


def test_talks_of_two_pairs_before_make_no_pact_of_either(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Denmark held talks with Sweden, and Norway held talks with Finland. "
        "The talks produced a deal."
    )
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Greek and Turkish negotiators met in Geneva in March. The talks produced a fisheries "
         "deal.", "Greece", "Turkey"),
        ("Ana Soto met Li Wen in Lima on Monday. The talks produced a trade agreement.",
         "Ana Soto", "Li Wen"),
        ("Chile and Peru met in Arica. The talks yielded a water-sharing accord.", "Chile", "Peru"),
    ],
)  # fmt: skip
def test_the_talks_after_a_meeting_a_verb_told_are_that_meeting(
    facts_of, text: str, a: str, b: str
) -> None:  # type: ignore[no-untyped-def]
    assert (a, b) in directed(facts_of(text), EventKind.COOPERATION)


def test_the_talks_that_may_produce_a_deal_produce_none_yet(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Soto met Li Wen in Lima on Monday. The talks could produce a deal."
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Talks between Peru and Bolivia ended with a pledge to build a joint gas plant.",
         "Peru", "Bolivia"),
        ("Talks between Kenya and Somalia ended with a promise to reopen the border.",
         "Kenya", "Somalia"),
        ("Peru and Bolivia held talks that ended with a pledge to build a joint refinery.",
         "Peru", "Bolivia"),
        ("The summit of Ghana and Togo closed with a commitment to open a border market.",
         "Ghana", "Togo"),
    ],
)  # fmt: skip
def test_a_pledge_to_act_a_meeting_ends_with_is_a_pact_of_its_sides(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert (a, b) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Peru and Bolivia ended with a pledge from Peru to pay.",  # one side's
        "Talks between Peru and Bolivia could end with a pledge to build a plant.",  # maybe
        "Talks between Peru and Bolivia ended without a pledge to build a plant.",  # none
        "Talks between Peru and Bolivia ended with a pledge of silence.",  # no act pledged
    ],
)
def test_no_joint_pledge_from_a_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") not in directed(facts_of(text), EventKind.COOPERATION)
