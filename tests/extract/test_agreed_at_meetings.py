"""Agreements made with the one met: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Energy Minister Salim Haddad met Oil Minister Karim Aziz in Amman and signed a "
         "memorandum on gas supplies.", pair("Salim Haddad", "Karim Aziz")),
        ("Ana Ruiz held talks with Tomas Lind on Monday and signed a trade deal.",
         pair("Ana Ruiz", "Tomas Lind")),
        ("Peru's president met Chile's president and agreed to reopen the border.",
         pair("Peru", "Chile")),
        ("President Ana Ruiz received Tomas Lind at the palace and concluded a treaty on "
         "fishing rights.", pair("Ana Ruiz", "Tomas Lind")),
    ],
)  # fmt: skip
def test_an_agreement_joined_to_a_meeting_is_made_with_the_one_met(
    facts_of, text: str, expected: frozenset[str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz met Tomas Lind and signed a book of condolence.",  # no pact
        "Ana Ruiz met Tomas Lind and later signed a deal with Ivo Marr.",  # its own partner
        "Ana Ruiz met Tomas Lind but did not sign the accord.",  # negated
        "Ana Ruiz will meet Tomas Lind and sign a treaty.",  # planned
    ],
)
def test_no_agreement_with_the_one_met_without_a_pact_made_with_him(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Ana Ruiz", "Tomas Lind") not in cooperation_pairs(facts_of(text))


def test_the_meetings_parties_who_say_they_agreed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Ruiz met Tomas Lind and Ivo Marr and said they had agreed on a plan.")
    assert pair("Tomas Lind", "Ivo Marr") in cooperation_pairs(facts)
    assert all(e.kind is not EventKind.CONFLICT for e in facts.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prime ministers of Spain and Portugal met in Madrid and promised to build a "
         "rail link.", pair("Spain", "Portugal")),
        ("Ghana and Togo held talks and resolved to reopen the border.", pair("Ghana", "Togo")),
        ("Kenya and Uganda held talks in Kampala and vowed to fight smuggling.",
         pair("Kenya", "Uganda")),
        ("The energy ministers of Latvia and Lithuania met in Riga and committed to sharing "
         "grid data.", pair("Latvia", "Lithuania")),
    ],
)  # fmt: skip
def test_those_who_met_and_vowed_to_act_together(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz of Chile met Peru's foreign minister and vowed to reopen the border.",
        "Kenya and Uganda held talks in Kampala but did not vow to fight smuggling.",
        "Kenya and Uganda will hold talks in Kampala and vow to fight smuggling.",
    ],
)
def test_no_joint_vow_when_one_side_vowed_or_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = cooperation_pairs(facts_of(text))
    assert pair("Chile", "Peru") not in found and pair("Ana Ruiz", "Peru") not in found
    assert pair("Kenya", "Uganda") not in found
