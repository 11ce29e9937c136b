"""What an "it" or "its" with no body before it in its sentence stands for
(kg.language.sentence_topics): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, cooperation_pairs, directed, pair


@pytest.mark.parametrize(
    ("text", "member", "party", "other"),
    [
        (
            "Ivo Marek left the Freedom Party on Monday. A spokesman for the Freedom Party"
            " asked him to quit the Vienna City Council. The party says he has a duty to"
            " stand down. Its leader, Jan Novak, said he was glad.",
            "Jan Novak",
            "Freedom Party",
            "Vienna City Council",
        ),
        (
            "Ann Lee quit the Green Party in May. The Green Party then urged her to give up"
            " her seat on the Leeds City Council. The party insists the seat belongs to it."
            " Its chairman, Tom Reyes, said she had let voters down.",
            "Tom Reyes",
            "Green Party",
            "Leeds City Council",
        ),
        (
            "Paul Brandt resigned from the Unity Party last week. Officials of the Unity"
            " Party told him to leave the Regional Assembly. The party has asked him to"
            " return his salary. Its spokesman, Ken Vale, told reporters that Mr Brandt had"
            " broken his word.",
            "Ken Vale",
            "Unity Party",
            "Regional Assembly",
        ),
    ],
)
def test_its_after_the_party_is_the_party_named_before(  # type: ignore[no-untyped-def]
    facts_of, text: str, member: str, party: str, other: str
) -> None:
    found = affiliations(facts_of(text))
    assert (member, party) in found
    assert (member, other) not in found


def test_its_after_the_party_is_no_one_when_two_parties_were_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Ivo Marek left the Freedom Party on Monday, and the Green Party asked him to quit"
        " the Vienna City Council. The party says he has a duty to stand down. Its leader,"
        " Jan Novak, said he was glad."
    )
    assert not {a for a in affiliations(facts) if a[0] == "Jan Novak"}


def test_its_after_the_company_is_still_the_firm_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Velcor Holdings sold its stake in Arvan Mining on Monday. The company said the sale"
        " would cut debt. Its chief executive, Ann Lee, praised the deal."
    )
    assert ("Ann Lee", "Velcor Holdings") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "judge", "maker"),
    [
        ("Norway proposed a new fishing treaty. It was criticised by Sweden.", "Sweden", "Norway"),
        (
            "Sweden tabled a resolution at the UN on Monday. It was rejected by Russia.",
            "Russia",
            "Sweden",
        ),
        ("Chile drafted a new trade plan last week. It was attacked by Peru.", "Peru", "Chile"),
    ],
)
def test_a_passive_it_after_a_thing_is_the_thing(  # type: ignore[no-untyped-def]
    facts_of, text: str, judge: str, maker: str
) -> None:
    assert (judge, maker) not in directed(facts_of(text), EventKind.CONFLICT)


def test_a_passive_it_welcomed_after_a_thing_is_no_partner(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Poland announced a new gas pipeline. It was welcomed by Lithuania.")
    assert pair("Lithuania", "Poland") not in cooperation_pairs(facts)


def test_a_passive_it_after_a_plural_thing_is_still_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway hosted the talks. It was later criticised by Russia over the arrests.")
    assert ("Russia", "Norway") in directed(facts, EventKind.CONFLICT)


def test_a_passive_it_after_a_deed_told_before_is_still_its_doer(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chile has not condemned Peru's blockade. It has been accused by Bolivia of"
        " supporting the blockade."
    )
    assert ("Bolivia", "Chile") in directed(facts, EventKind.CONFLICT)
