"""A body named by its description before a post ("UN refugee chief X", "UN food
agency head X", "AU Commission chairman X"): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations

_IAEA = "International Atomic Energy Agency"
_OCHA = "UN Office for the Coordination of Humanitarian Affairs"


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # the owner and the field, the kind of body left out
        ("UN refugee chief Lina Marsk said the camps were full.", ("Lina Marsk", "UNHCR")),
        ("The UN nuclear chief, Pavel Oderin, said inspectors were ready.",
         ("Pavel Oderin", _IAEA)),
        ("UN human rights chief Ana Velde condemned the killings.",
         ("Ana Velde", "UN Human Rights Office")),
        ("UN aid chief Tomas Harl visited the flooded valley.", ("Tomas Harl", _OCHA)),
        ("The UN's refugee chief, Lina Marsk, met the king.", ("Lina Marsk", "UNHCR")),
        ("U.N. refugee chief Lina Marsk arrived in Amman.", ("Lina Marsk", "UNHCR")),
        # any spelling of the owner, though the list has only one
        ("U.N. cultural chief Aino Sarel visited the ruins.", ("Aino Sarel", "UNESCO")),
        # the whole description
        ("UN food agency head Odile Brandt warned of famine.",
         ("Odile Brandt", "World Food Programme")),
        ("UN children's agency chief Rosa Ibanez said schools had closed.",
         ("Rosa Ibanez", "UNICEF")),
        ("EU border agency chief Hans Leiter said crossings had fallen.", ("Hans Leiter", "Frontex")),
        ("UN health agency chief Kofi Amadu said the outbreak was over.",
         ("Kofi Amadu", "World Health Organization")),
        # an organ named by its owner's initials
        ("AU Commission chairman Kwame Adabe called for calm.",
         ("Kwame Adabe", "African Union Commission")),
        ("African Union Commission chairman Kwame Adabe met the envoys.",
         ("Kwame Adabe", "African Union Commission")),
    ],
)  # fmt: skip
def test_a_described_body_before_a_post(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The UN refugee camp was full of families fleeing the war.",  # no post
        "UN nuclear talks with Varnia ended on Monday.",  # no post
        "EU border checks were tightened on Monday.",  # no post
    ],
)
def test_a_field_without_a_post_names_no_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert not names & {"UNHCR", _IAEA, "Frontex"}


def test_a_former_post_in_a_described_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Former UN refugee chief Lina Marsk said the camps were full.")
    names = {a.key: a.name for a in facts.actors}
    ties = [
        (names[r.subject], names[r.object], r.current)
        for r in facts.relations
        if r.type is RelationType.AFFILIATION
    ]
    assert ties == [("Lina Marsk", "UNHCR", False)]
