"""References back to a pair that no plural post names: "each side ... the other",
a lone "each", "the two" for two states, and "the ministers" after "Ministers from
A and B": sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def conflict(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # "each side ... the other" after talks, a truce, a row (also two sentences on)
        ("Georgia and Armenia held talks in Tbilisi on Monday. Each side accused the other "
         "of moving troops to the border.", "Georgia", "Armenia"),
        ("Nicaragua and Honduras signed a ceasefire. Within hours each side accused the other "
         "of breaking it.", "Nicaragua", "Honduras"),
        ("Chad and Niger held border talks on Sunday. Each side blamed the other for the "
         "killing of two herders.", "Chad", "Niger"),
        ("Vietnam and Cambodia have long disputed the island. Their patrol boats collided "
         "near it on Tuesday. Each side blamed the other for the collision.",
         "Vietnam", "Cambodia"),
        # a lone "each" acting on "the other"
        ("Ethiopia and Somalia signed a truce. Each accused the other of breaking it.",
         "Ethiopia", "Somalia"),
        # "the two" after two states (no two people named)
        ("Sudan and Chad resumed talks in Addis Ababa. The two accused each other of "
         "backing rebels.", "Sudan", "Chad"),
    ],
)  # fmt: skip
def test_each_side_acts_on_the_other(facts_of, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    found = conflict(facts_of, text)
    assert (a, b) in found
    assert (b, a) in found


@pytest.mark.parametrize(
    ("text", "agents", "target"),
    [
        ("Ministers from Ghana and Togo met in Accra on Monday. The ministers accused "
         "Benin of harbouring smugglers.", ("Ghana", "Togo"), "Benin"),
        ("Envoys from Qatar and Oman held talks on Monday. The envoys condemned Yemen's "
         "seizure of a tanker.", ("Qatar", "Oman"), "Yemen"),
        ("Kenyan and Ugandan officials met in Kampala. The two officials criticised Tanzania "
         "for closing the border.", ("Kenya", "Uganda"), "Tanzania"),
    ],
)  # fmt: skip
def test_people_named_by_a_role_are_the_parties_that_qualified_them(
    facts_of, text: str, agents: tuple[str, str], target: str
) -> None:  # type: ignore[no-untyped-def]
    found = conflict(facts_of, text)
    assert {(a, target) for a in agents} <= found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # three named, two said
        ("Ministers from Ghana, Togo and Benin met in Accra on Monday. The two ministers "
         "accused Niger of harbouring smugglers.", ("Ghana", "Togo", "Benin")),
        # "each side" of a border, or where: no side of a pair
        ("Troops were deployed on each side of the border between Chad and Sudan. Officials "
         "accused Libya of arming rebels.", ("Chad", "Sudan")),
        ("Chile and Peru held talks on fishing rights. On each side, fishermen accused the "
         "government of betraying them.", ("Chile", "Peru")),
        # "each other" in a quote about others
        ('Chile and Peru held talks in Lima. "The rebels and the army keep accusing each '
         'other," said Chile\'s president, Rosa Ibanez.', ("Chile", "Peru")),
        # the subject before named its people itself: not what qualifies a plural noun
        ("Ghana and Togo met in Accra on Monday. The officials accused Niger of harbouring "
         "smugglers.", ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_no_pair_where_the_reference_is_not_to_it(
    facts_of, text: str, parties: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    found = conflict(facts_of, text)
    assert not {(a, b) for a, b in found if a in parties}


@pytest.mark.parametrize(
    ("text", "agents", "target"),
    [
        ("Sara Lind met Paolo Conti in Rome on Wednesday. Both condemned Russia.",
         {"Sara Lind", "Paolo Conti"}, "Russia"),
        ("Sara Lind met Paolo Conti in Rome. The duo accused Russia of lying.",
         {"Sara Lind", "Paolo Conti"}, "Russia"),
        ("Ghana met Togo in Accra on Monday. Both condemned Niger.", {"Ghana", "Togo"}, "Niger"),
    ],
)  # fmt: skip
def test_a_lone_both_and_the_duo_are_the_pair_named_before(  # type: ignore[no-untyped-def]
    facts_of, text: str, agents: set[str], target: str
) -> None:
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert {(a, target) for a in agents} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Both were criticised by Russia.",  # no pair before
        "The two bridges were closed. Both reopened in May after repairs.",  # things
        "Sara Lind met Paolo Conti. Both of their aides criticised Russia.",  # others
    ],
)
def test_a_both_with_no_pair_of_actors_before_is_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {a for a, _ in found} & {"Sara Lind", "Paolo Conti"}
