"""Meetings told by how they ended or by a role their sides shared: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish-Czech summit ended on Friday with President Edda Lorn and Prime Minister "
         "Kasim Bey pledging to build a railway.", pair("Edda Lorn", "Kasim Bey")),
        ("The talks ended with Foreign Minister Ugo Pell and President Nora Tisch signing "
         "a water treaty.", pair("Ugo Pell", "Nora Tisch")),
        ("The meeting closed with Defence Minister Jon Rask and his counterpart Ali Vahid "
         "agreeing to hold drills.", pair("Jon Rask", "Ali Vahid")),
        ("Negotiations in Lome concluded on Sunday with Foreign Minister Ines Garo and "
         "Secretary of State Moe Tull agreeing on a truce.", pair("Ines Garo", "Moe Tull")),
        ("The three-day summit wrapped up with President Odo Fenn and Chancellor Vera Malm "
         "issuing a joint communique.", pair("Odo Fenn", "Vera Malm")),
    ],
)  # fmt: skip
def test_a_meeting_that_ended_with_two_sides_acting_had_them_meet(
    facts_of, text: str, expected: frozenset[str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum opened in Lagos with President Abu Sani and Prime Minister Kari Holm "
         "in attendance.", pair("Abu Sani", "Kari Holm")),
        ("The meeting began with Interior Minister Bo Lidd and General Sam Oyelaran present.",
         pair("Bo Lidd", "Sam Oyelaran")),
        ("The conference started with Chancellor Rhea Voss and President Len Cato in "
         "attendance.", pair("Rhea Voss", "Len Cato")),
    ],
)  # fmt: skip
def test_sides_told_to_be_at_a_meeting_met(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ezra Mond and Prime Minister Pia Loft co-chaired a pledging conference "
         "in Oslo on Monday.", pair("Ezra Mond", "Pia Loft")),
        ("Chancellor Tor Aske and President Mina Duarte co-hosted a donor conference in "
         "Madrid.", pair("Tor Aske", "Mina Duarte")),
        ("Prime Minister Ilse Varn co-chaired the peace conference with President Rafe "
         "Odum.", pair("Ilse Varn", "Rafe Odum")),
        ("President Nuno Brel co-hosted the summit with Prime Minister Kaya Stenn in Lisbon.",
         pair("Nuno Brel", "Kaya Stenn")),
    ],
)  # fmt: skip
def test_who_chaired_or_hosted_a_meeting_together_met(
    facts_of, text: str, expected: frozenset[str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("President Ezra Mond and Prime Minister Pia Loft will co-chair a conference in Oslo "
         "next month.", pair("Ezra Mond", "Pia Loft")),
        ("President Ezra Mond and Prime Minister Pia Loft did not co-chair the conference.",
         pair("Ezra Mond", "Pia Loft")),
        ("President Ezra Mond and Prime Minister Pia Loft co-hosted a television show in 2009.",
         pair("Ezra Mond", "Pia Loft")),
        ("The summit ended without President Odo Fenn and Chancellor Vera Malm signing a "
         "deal.", pair("Odo Fenn", "Vera Malm")),
        ("The talks could end with Foreign Minister Ugo Pell and President Nora Tisch "
         "signing a treaty.", pair("Ugo Pell", "Nora Tisch")),
        ("The summit ended with President Edda Lorn and Prime Minister Kasim Bey refusing "
         "to shake hands.", pair("Edda Lorn", "Kasim Bey")),
        ("The conference opened in Lagos with President Abu Sani and Prime Minister Kari "
         "Holm absent.", pair("Abu Sani", "Kari Holm")),
    ],
)  # fmt: skip
def test_no_meeting_of_the_sides(facts_of, text: str, unexpected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in met_pairs(facts_of(text))
