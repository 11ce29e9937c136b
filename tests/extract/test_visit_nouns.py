"""Visits named by nouns, with the visitor after "by" or "of" and before or after
"to": sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The visit by Lars Vinter to President Joseph Mwangi came after the election.",
         ("Lars Vinter", "Joseph Mwangi")),
        ("A two-day visit to President Joseph Mwangi by Kofi Mensah ended on Friday.",
         ("Kofi Mensah", "Joseph Mwangi")),
        ("A visit by Kofi Mensah to Ilse Brandt in hospital lifted her spirits.",
         ("Kofi Mensah", "Ilse Brandt")),
        ("The visit of Kofi Mensah to Ilse Brandt was kept secret.", ("Kofi Mensah", "Ilse Brandt")),
        ("Tuesday's visit to Chancellor Greta Holm by Prime Minister Ivo Brandic was cordial.",
         ("Ivo Brandic", "Greta Holm")),
        ("A three-day visit to Chile by Kofi Mensah ended on Friday.", ("Kofi Mensah", "Chile")),
    ],
)  # fmt: skip
def test_a_visit_by_one_to_another(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A meeting by Kofi Mensah with Joseph Mwangi was held on Monday.",
         ("Kofi Mensah", "Joseph Mwangi")),
        ("Talks by Kofi Mensah with Joseph Mwangi ended without agreement.",
         ("Kofi Mensah", "Joseph Mwangi")),
        ("A phone call by Kofi Mensah to Joseph Mwangi on Monday eased tensions.",
         ("Kofi Mensah", "Joseph Mwangi")),
    ],
)  # fmt: skip
def test_a_meeting_or_call_by_one_with_another(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # arranged, not yet held
        "A visit by Kofi Mensah to Ilse Brandt is expected next month.",
        "A visit by Kofi Mensah to Chile is planned for May.",
        "Kofi Mensah's visit to Chile is scheduled for June.",
        # a city is where, not whom; protesters or a river are no visitors
        "The visit by Kofi Mensah to Lyon was brief.",
        "A visit by protesters to the Chilean embassy was broken up by police.",
        "A meeting by the river with Joseph Mwangi was held on Monday.",
    ],
)
def test_no_visit_held_with_a_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Kenyan President Joseph Mwangi received Dutch Prime Minister Pieter de Vries, who is "
         "on his first visit to Kenya, at State House.", "Pieter de Vries", "Kenya"),
        ("Greek Prime Minister Nikos Alexiou met Olaf Brenner, who was in Athens on his second "
         "visit to Greece this year.", "Olaf Brenner", "Greece"),
        ("Japanese Foreign Minister Kenji Sato, who is on his first visit to Brazil, met "
         "Brazilian President Luis Carvalho.", "Kenji Sato", "Brazil"),
    ],
)  # fmt: skip
def test_his_visit_in_a_who_clause_is_the_antecedents(
    facts_of, text: str, visitor: str, host: str
) -> None:  # type: ignore[no-untyped-def]
    visits = _visits(facts_of(text))
    assert (visitor, host) in visits
    assert all(v == visitor for v, _ in visits)


def test_his_visit_in_a_who_clause_is_not_the_subjects(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Vietnamese leader Le Van Minh met U.S. President Daniel Reese, who was on "
                     "his first visit to the country, at the palace.")  # fmt: skip
    assert not any(v == "Le Van Minh" for v, _ in _visits(facts))


def _visits(facts) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {(names[v], names[h]) for e in facts.events if e.kind is EventKind.VISIT
            for v in e.actors("visitor") for h in e.actors("host")}  # fmt: skip


def _done_visits(facts) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {(names[v], names[h]) for e in facts.events if e.kind is EventKind.VISIT and e.factual
            for v in e.actors("visitor") for h in e.actors("host")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("A possible visit by the Ghanaian president to Togo was debated.", "Ghana", "Togo"),
        ("Lawmakers criticised the Chilean president's proposed trip to Bolivia.",
         "Chile", "Bolivia"),
        ("Ahead of a potential visit by the Kenyan leader to Uganda, Kampala made plans.",
         "Kenya", "Uganda"),
    ],
)  # fmt: skip
def test_a_visit_said_to_be_possible_is_not_made(
    facts_of, text: str, visitor: str, host: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (visitor, host) in _visits(facts)  # kept, as planned
    assert (visitor, host) not in _done_visits(facts)


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("The Chilean president's planned trip to Bolivia began on Tuesday.", "Chile", "Bolivia"),
        ("The Kenyan leader's visit to Uganda ended on Friday.", "Kenya", "Uganda"),
    ],
)  # fmt: skip
def test_a_planned_visit_that_began_was_made(facts_of, text: str, visitor: str, host: str) -> None:  # type: ignore[no-untyped-def]
    assert (visitor, host) in _done_visits(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president paid his long-planned visit to Chile on Thursday.",
        "The Peruvian president paid his first visit to Chile on Thursday.",
        "The Peruvian premier made her long-awaited visit to Chile.",
        "The Peruvian president's much-delayed visit to Chile took place on Friday.",
        "The long-delayed visit of the Peruvian president to Chile began on Friday.",
    ],
)
def test_a_visit_paid_made_or_begun_took_place_whatever_it_was_once(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {frozenset({"Peru", "Chile"})}


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president did not pay his planned visit to Chile.",
        "The Peruvian president postponed his visit to Chile.",
        "The delayed visit of the Peruvian president to Chile will take place in May.",
        "The long-planned visit of the Peruvian president to Chile was postponed.",
    ],
)
def test_a_visit_not_paid_or_still_put_off_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()


@pytest.mark.parametrize(
    ("text", "visitor", "partner"),
    [
        ("The visit of Chancellor Klaus Berger to Moscow included a meeting with Vladimir Putin.",
         "Klaus Berger", "Vladimir Putin"),
        ("The trip of Foreign Minister Ana Ruiz to Lima included talks with Jorge Salas.",
         "Ana Ruiz", "Jorge Salas"),
        ("During President Jean Moreau's trip to Beijing, talks with Xi Jinping were held.",
         "Jean Moreau", "Xi Jinping"),
        ("During the visit of President Jean Moreau to Beijing, a meeting with Xi Jinping took place.",
         "Jean Moreau", "Xi Jinping"),
        ("During President Jean Moreau's trip to Beijing, a meeting with Xi Jinping was held.",
         "Jean Moreau", "Xi Jinping"),
        ("The trip by Chancellor Klaus Berger to Paris featured a meeting with Marie Duval.",
         "Klaus Berger", "Marie Duval"),
        ("Klaus Berger's visit to Paris involved talks with Marie Duval.", "Klaus Berger", "Marie Duval"),
    ],
)  # fmt: skip
def test_the_visitor_holds_the_meeting_of_the_visit(
    facts_of, text: str, visitor: str, partner: str
) -> None:  # type: ignore[no-untyped-def]
    assert pair(visitor, partner) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "visitor", "partner"),
    [
        ("The visit included a meeting with Vladimir Putin.", "Russia", "Vladimir Putin"),
        ("During the trip, a meeting with Xi Jinping was held.", "China", "Xi Jinping"),
        ("The tour of Japan included talks with Shinzo Abe.", "Japan", "Shinzo Abe"),
        ("Pakistan's plan involved talks with the Taliban.", "Pakistan", "Taliban"),
        ("Chile's strategy involves talks with Peru.", "Chile", "Peru"),
        ("During President Jean Moreau's trip to Beijing, a meeting between Li Qiang and "
         "Xi Jinping was held.", "Jean Moreau", "Xi Jinping"),
    ],
)  # fmt: skip
def test_a_visit_with_no_visitor_named_or_a_meeting_of_others_holds_no_meeting_of_the_visitor(
    facts_of, text: str, visitor: str, partner: str
) -> None:  # type: ignore[no-untyped-def]
    assert pair(visitor, partner) not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The king has no plans to go to Chile, Minister Kofi Mensah said, dismissing rumours of a trip to Santiago.",
        "Minister Kofi Mensah denied reports of a visit to Chile.",
        "Minister Kofi Mensah rejected rumours of a trip to Chile.",
    ],
)
def test_a_trip_only_reported_and_denied_is_no_visit(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("Chile" in p for p in met_pairs(facts_of(text), factual_only=False))


@pytest.mark.parametrize(
    "text",
    [
        "Minister Kofi Mensah denied reports of a meeting with Ilse Brandt.",
        "Minister Kofi Mensah dismissed rumours of talks with Ilse Brandt.",
    ],
)
def test_a_meeting_only_reported_and_denied_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Kofi Mensah", "Ilse Brandt") not in met_pairs(facts_of(text))


def test_a_trip_reported_but_not_denied_is_still_told(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Minister Kofi Mensah confirmed reports of his visit to Chile in May."
    assert pair("Kofi Mensah", "Chile") in met_pairs(facts_of(text), factual_only=False)
