"""Visits named by nouns, with the visitor after "by" or "of" and before or after
"to": sentences written for these tests."""

from __future__ import annotations

import pytest

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
