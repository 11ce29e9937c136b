"""One title in apposition shared by several names, each with its own holder
(kg.language.respective_titles): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "The foreign ministers of Chile and Peru, Ana Ruiz and Tomas Lind, met in Lima.",
            {("Ana Ruiz", "Chile"), ("Tomas Lind", "Peru")},
        ),
        (
            "The Chilean and Peruvian foreign ministers, Ana Ruiz and Tomas Lind, met in Lima.",
            {("Ana Ruiz", "Chile"), ("Tomas Lind", "Peru")},
        ),
        (
            "Egypt's president and prime minister, Omar Said and Hana Adel, attended the ceremony.",
            {("Omar Said", "Egypt"), ("Hana Adel", "Egypt")},
        ),
        (
            "The heads of the IMF and the World Bank, Ana Ruiz and Tomas Lind, arrived in Lima.",
            {("Ana Ruiz", "International Monetary Fund"), ("Tomas Lind", "World Bank")},
        ),
        (
            "Chile's two deputy foreign ministers, Ana Ruiz and Tomas Lind, arrived in Lima.",
            {("Ana Ruiz", "Chile"), ("Tomas Lind", "Chile")},
        ),
    ],
)
def test_a_shared_title_gives_each_name_its_own_holder(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    assert affiliations(facts_of(text)) == ties


def test_a_former_shared_title_is_former(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The former defence ministers of Chile and Peru, Ana Ruiz and Tomas Lind, met."
    facts = facts_of(text)
    assert {r.current for r in facts.relations} == {False}
    assert affiliations(facts) == {("Ana Ruiz", "Chile"), ("Tomas Lind", "Peru")}


@pytest.mark.parametrize(
    "text",
    [  # three countries, two names: whose is whose is not said
        "The foreign ministers of Chile, Peru and Bolivia, Ana Ruiz and Tomas Lind, met in Lima.",
        # sent to a country, not serving it
        "The two envoys to Peru, Ana Ruiz and Tomas Lind, arrived in Lima.",
    ],
)
def test_no_holder_for_each_no_tie(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "The two ministers, Ghana's Kofi Asante and Togo's Yao Mensah, held talks in Accra.",
            {("Kofi Asante", "Ghana"), ("Yao Mensah", "Togo")},
        ),
        (
            "Both ministers, Norway's Leif Dahl and Sweden's Ola Berg, held talks in Oslo.",
            {("Leif Dahl", "Norway"), ("Ola Berg", "Sweden")},
        ),
        (
            "Russia criticised the two ministers, Norway's Leif Dahl and Sweden's Ola Berg.",
            {("Leif Dahl", "Norway"), ("Ola Berg", "Sweden")},
        ),
        (
            "The three ministers, Norway's Leif Dahl, Sweden's Ola Berg and Denmark's Ivar Holm, met.",
            {("Leif Dahl", "Norway"), ("Ola Berg", "Sweden"), ("Ivar Holm", "Denmark")},
        ),
        (
            # only the first says whose: the second is no one's by that possessive
            "The two leaders, Norway's Leif Dahl and Ola Berg, met in Oslo.",
            {("Leif Dahl", "Norway")},
        ),
    ],
)
def test_each_name_after_a_shared_post_holds_it_for_its_own_possessive(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    """ "the two presidents, Brazil's A and Mexico's B": the possessive before each
    name is that name's (B is no president of Brazil)."""
    assert affiliations(facts_of(text)) == ties


@pytest.mark.parametrize(
    ("text", "ties", "group"),
    [
        (
            "The finance ministers of the G7, Italy's Marco Bruni and Canada's Jean Tremblay, "
            "met in Rome.",
            {("Marco Bruni", "Italy"), ("Jean Tremblay", "Canada")},
            "G7",
        ),
        (
            "The leaders of BRICS, Brazil's Lucas Ferreira and India's Ravi Kumar, held talks.",
            {("Lucas Ferreira", "Brazil"), ("Ravi Kumar", "India")},
            "BRICS",
        ),
        (
            "The trade ministers of the European Union, Spain's Luis Ortega and Greece's Nikos "
            "Pappas, rejected the plan.",
            {("Luis Ortega", "Spain"), ("Nikos Pappas", "Greece")},
            "European Union",
        ),
        (
            "The leaders of the African Union, Ghana's Kofi Mensah and Kenya's Daniel Mwangi, "
            "condemned the coup.",
            {("Kofi Mensah", "Ghana"), ("Daniel Mwangi", "Kenya")},
            "African Union",
        ),
    ],
)
def test_a_group_in_a_plural_title_is_no_ones_post(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]], group: str
) -> None:
    found = affiliations(facts_of(text))
    assert ties <= found
    assert not {t for t in found if t[1] == group}


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Two UN envoys, Kenya's Amina Wekesa and Ghana's Kofi Asante, arrived in Juba.",
            {("Amina Wekesa", "United Nations", "envoy"), ("Kofi Asante", "United Nations", "envoy")},
        ),
        (
            "The commissioners of the European Union, France's Anne Morel and Latvia's Janis "
            "Ozols, met in Brussels.",
            {("Anne Morel", "European Union", "commissioner"),
             ("Janis Ozols", "European Union", "commissioner")},
        ),
    ],
)  # fmt: skip
def test_a_bodys_own_post_stays_the_bodys_whatever_each_names_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str, str]]
) -> None:
    """Only a state's post ("leaders", "finance ministers") after a forum of states is
    each member's own; "two UN envoys" and "the EU's commissioners" serve the body."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    found = {(names[r.subject], names[r.object], r.role) for r in facts.relations
             if r.type is RelationType.AFFILIATION}  # fmt: skip
    assert ties <= found


def test_one_post_of_a_body_is_still_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The secretary-general of NATO, Lars Holm, said on Monday that the alliance was ready."
    assert ("Lars Holm", "North Atlantic Treaty Organization") in affiliations(facts_of(text))
