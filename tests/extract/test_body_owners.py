"""A body's post owned by "its" or by "the <noun>'s": the body named before, not a
country the sentence is about; none for a post with no body before it: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "pair", "country"),
    [
        # "its" before a post only a body has: the body named before, not the country
        ("Canada fined the shipping firm Halvard Lines and its chief executive, Martin Keller.",
         ("Martin Keller", "Halvard Lines"), "Canada"),
        ("Peru sued the Corvane Group. Its chairman, Luis Ortega, denied the claim.",
         ("Luis Ortega", "Corvane Group"), "Peru"),
        ("Norway blacklisted Dravik Holdings, and its managing director Eli Hauge resigned.",
         ("Eli Hauge", "Dravik Holdings"), "Norway"),
    ],
)  # fmt: skip
def test_its_body_post(facts_of, text: str, pair: tuple[str, str], country: str) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of(text))
    assert pair in found
    assert (pair[0], country) not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "the <noun>'s <post>, X": the body named before by that noun
        ("The Halden Tenants Association met on Monday. The association's chairman, Rolf Dahl, "
         "thanked members.", ("Rolf Dahl", "Halden Tenants Association")),
        ("The UN mission in Chad reported attacks. The mission's chief, Omar Haddad, "
         "called for calm.", ("Omar Haddad", "United Nations")),
        ("The UN mission in Chad reported attacks. Officials met the mission's chief, "
         "Omar Haddad, on Monday.", ("Omar Haddad", "United Nations")),
        ("The Halden Tenants Association met on Monday. Rolf Dahl, the association's "
         "chairman, thanked members.", ("Rolf Dahl", "Halden Tenants Association")),
    ],
)  # fmt: skip
def test_described_owner(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # no body before the pronoun or the noun: no post at all
        ("Russia said on Monday that its chairman, Oleg Surin, would resign.", "Oleg Surin"),
        ("The Halden Tenants Association met. The club's chairman, Rolf Dahl, spoke.",
         "Rolf Dahl"),
        # (a body of the noun's own kind named later in the sentence may own the post, as
        # "the committee's chairman, X, spoke before the Y Committee met": another kind)
        ("The society's chairman, Rolf Dahl, spoke before the Halden Tenants Association met.",
         "Rolf Dahl"),
    ],
)  # fmt: skip
def test_no_owner(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [r for r in facts.relations
                if r.type == RelationType.AFFILIATION and person.lower().replace(" ", "-") in r.subject]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # a title "of" a capital names the city, not the state it stands for elsewhere
        ("The Latin Patriarch of Jerusalem, Tomaso Belcari, led the service.", "Tomaso Belcari",
         "Israel"),
        ("The Mayor of Kyiv, Ivan Hrytsenko, met the German envoy.", "Ivan Hrytsenko", "Ukraine"),
        ("Ali Marzouk, the Grand Mufti of Cairo, condemned the attack.", "Ali Marzouk", "Egypt"),
    ],
)  # fmt: skip
def test_a_city_is_no_state(facts_of, text: str, person: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, country) not in affiliations(facts_of(text))


def test_a_country_after_of_still_gives_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The President of Kenya, Amos Kibet, met the German envoy."
    assert ("Amos Kibet", "Kenya") in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "the agency's <post>, X": the one body named just before, whatever its name ends in
        ("The World Health Organization warned of a new outbreak. The agency's chief, Lena "
         "Morrow, said cases were rising.", ("Lena Morrow", "World Health Organization")),
        ("Amnesty International published a report on Monday. The organisation's director, "
         "Paula Kemp, said abuses were widespread.", ("Paula Kemp", "Amnesty International")),
        ("The World Health Organization warned of floods. Officials met the agency's chief, "
         "Lena Morrow, on Monday.", ("Lena Morrow", "World Health Organization")),
    ],
)  # fmt: skip
def test_any_bodys_noun(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


def test_any_bodys_noun_with_two_bodies_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    # two agencies (UNICEF is "the UN children's agency"): either
    text = (
        "The World Health Organization and UNICEF warned of floods. The agency's director, "
        "Paul Kline, said aid was late."
    )
    assert not {p for p in affiliations(facts_of(text)) if p[0] == "Paul Kline"}


def test_the_one_agency_of_two_bodies_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    # a charity is no agency: the agency is the one whose names say so
    text = (
        "The World Health Organization and Oxfam warned of floods. The agency's director, "
        "Paul Kline, said aid was late."
    )
    found = {p for p in affiliations(facts_of(text)) if p[0] == "Paul Kline"}
    assert found == {("Paul Kline", "World Health Organization")}
