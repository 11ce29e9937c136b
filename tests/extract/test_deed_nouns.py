"""Whose deed "the assault", "the release" or "the demand" names when the clause
before told it: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # a noun of the same kind of deed as the verb before
        ("Peruvian troops shelled a border village on Monday. Ecuador condemned the assault.",
         EventKind.CONFLICT, ("Ecuador", "Peru")),
        ("Chilean jets bombed rebel camps near the frontier. Bolivia denounced the raids.",
         EventKind.CONFLICT, ("Bolivia", "Chile")),
        ("Colombian police detained four Venezuelan traders. Caracas protested the detention.",
         EventKind.CONFLICT, ("Venezuela", "Colombia")),
        # in the same sentence, and told in a clause of reported speech
        ("Uruguay expelled two Argentine diplomats, and Argentina criticised the expulsions.",
         EventKind.CONFLICT, ("Argentina", "Uruguay")),
        ("Bolivian soldiers attacked a Paraguayan outpost, Asuncion said. Paraguay "
         "condemned the attack.", EventKind.CONFLICT, ("Paraguay", "Bolivia")),
        # the verb the noun is made from
        ("Ecuador freed 30 Peruvian fishermen on Friday. Peru welcomed the release.",
         EventKind.COOPERATION, ("Peru", "Ecuador")),
        ("Brazil demanded that Paraguay close the border. Paraguay rejected the demand.",
         EventKind.CONFLICT, ("Paraguay", "Brazil")),
        ("Argentina proposed a truce between the two sides. Chile rejected the proposal.",
         EventKind.CONFLICT, ("Chile", "Argentina")),
    ],
)  # fmt: skip
def test_a_deed_noun_stands_for_the_deed_just_told(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Peru met Chilean envoys in Lima. Ecuador condemned the raids.",  # no such deed
        "Ecuador condemned the assault.",  # nothing told before
        "Peruvian troops shelled a village. Ecuador condemned all attacks on civilians.",
        "Peruvian troops shelled a village. Ecuador condemned the rocket fire.",  # another
        # two doers, or one unnamed
        "Peruvian and Colombian troops shelled the village. Ecuador condemned the shelling.",
        "Gunmen attacked a bus near Quito. Ecuador condemned the attack.",
        # a deed not done
        "Peru did not attack the village. Ecuador condemned the attack.",
        "Peru may attack the village. Ecuador condemned the attack.",
    ],
)
def test_no_doer_for_a_deed_noun_without_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not [p for p in found if p[0] == "Ecuador"], found


def test_the_critic_is_not_the_doer(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Peruvian troops shelled a village. Peru condemned the attack."),
                     EventKind.CONFLICT)  # fmt: skip
    assert ("Peru", "Peru") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli strikes on Tulkarm killed ten people. Hamas condemned the attacks.",
         ("Hamas", "Israel")),
        ("Russian missile strikes hit Kharkiv overnight. Ukraine condemned the attacks.",
         ("Ukraine", "Russia")),
        ("Raids by Turkish jets killed five in Dohuk. Iraq condemned the attacks.",
         ("Iraq", "Turkey")),
        ("Turkish air strikes on Kurdish militia positions killed six fighters, while the "
         "militia condemned the raids.", ("Kurdish militia", "Turkey")),
    ],
)  # fmt: skip
def test_the_deed_a_noun_told_with_its_doer(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes on Tulkarm could resume. Hamas condemned the attacks.",
        "Israeli and Egyptian raids hit the border. Hamas condemned the attacks.",
    ],
)
def test_no_doer_for_a_deed_not_told_or_told_of_two(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {t for a, t in directed(facts_of(text), EventKind.CONFLICT) if a == "Hamas"}


def test_the_war_is_no_deed_a_noun_told(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The two leaders had angry Commons clashes all week. Jon Pell said he had been "
        "consistent in his support for the war."
    )
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # a judgement named by the verb it is made from ("ruled" ... "the ruling")
        ("The ICJ ruled on the river dispute on Friday. Honduras rejected the ruling.",
         EventKind.CONFLICT, ("Honduras", "International Court of Justice")),
        ("The ICJ ruled for Belize on Friday. Guatemala called the ruling unjust.",
         EventKind.CONFLICT, ("Guatemala", "International Court of Justice")),
        ("The ICJ ruled for Belize on Friday. Belize welcomed the ruling.",
         EventKind.COOPERATION, ("Belize", "International Court of Justice")),
        # a verdict delivered, a report published: its author's
        ("The ICJ delivered its verdict on the island dispute. Nicaragua rejected the "
         "verdict.", EventKind.CONFLICT, ("Nicaragua", "International Court of Justice")),
        ("The IMF published a report on Zambia's debt. Zambia dismissed the report.",
         EventKind.CONFLICT, ("Zambia", "International Monetary Fund")),
    ],
)  # fmt: skip
def test_a_judgement_noun_is_its_authors(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        # two courts ruled: either
        "The ICJ and the ICC both ruled on Friday. Honduras rejected the ruling.",
        # a ruling yet to come
        "The ICJ will rule on the dispute in May. Honduras has rejected the ruling.",
        # no ruling told before
        "The ICJ heard both sides on Friday. Honduras rejected the findings.",
    ],
)
def test_no_author_for_a_judgement_noun_without_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Honduras", "International Court of Justice") not in found, found


def test_a_plural_deed_noun_after_two_doers_is_no_ones(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Argentina arrested three fishermen. Bolivia arrested two smugglers. Chile "
            "called the arrests illegal.")  # fmt: skip
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Chile", "Bolivia") not in pairs and ("Chile", "Argentina") not in pairs
