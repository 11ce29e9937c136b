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
