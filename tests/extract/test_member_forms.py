"""Memberships told by a noun of entry, an alliance's allies and seats given up
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import memberships

NATO = "North Atlantic Treaty Organization"
EU = "European Union"
AU = "African Union"


def _by_state(facts) -> dict[tuple[str, str], bool]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[r.subject], names[r.object]): r.current
        for r in facts.relations
        if r.type is RelationType.MEMBERSHIP
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Albania's accession to NATO was completed in April.", ("Albania", NATO)),
        ("The accession of Croatia to the European Union was finalised last summer.", ("Croatia", EU)),
        ("Since Latvia's entry into the European Union, its exports have doubled.", ("Latvia", EU)),
        ("Following Slovakia's admission to NATO, the Kremlin protested.", ("Slovakia", NATO)),
        ("Hungary's parliament completed Finland's accession to NATO.", ("Finland", NATO)),
    ],
)  # fmt: skip
def test_an_entry_that_took_place_is_a_membership(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert _by_state(facts_of(text)).get(pair) is True


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey held up Sweden's accession to NATO for months.", ("Sweden", NATO)),
        ("Georgia's accession to NATO has stalled.", ("Georgia", NATO)),
        ("After its accession to the European Union, Serbia will adopt new rules.", ("Serbia", EU)),
        ("Albania's accession to NATO has not been completed.", ("Albania", NATO)),
        ("Ukraine's accession to the European Union could be completed by 2030.", ("Ukraine", EU)),
        ("Moldova's entry into the European Union was discussed at length.", ("Moldova", EU)),
    ],
)  # fmt: skip
def test_an_entry_sought_or_to_come_is_none(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("NATO allies Norway and Denmark sent frigates to the area.", {("Norway", NATO), ("Denmark", NATO)}),
        ("NATO ally Greece objected to the plan.", {("Greece", NATO)}),
        ("The drills angered NATO allies Latvia and Lithuania.", {("Latvia", NATO), ("Lithuania", NATO)}),
    ],
)  # fmt: skip
def test_an_alliances_allies_are_its_members(
    facts_of, text: str, pairs: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "US allies Japan and Australia held joint drills.",
        "Iran's allies Syria and Iraq stayed silent.",
        "Russian allies Belarus and Armenia sent observers.",
    ],
)
def test_a_countrys_allies_are_no_members(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia renounced its membership of the CSTO in March.", ("Armenia", "Collective Security Treaty Organization")),
        ("Mali ended its membership of the African Union.", ("Mali", AU)),
        ("Chad relinquished its membership of the African Union.", ("Chad", AU)),
    ],
)  # fmt: skip
def test_a_membership_given_up_has_ended(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _by_state(facts_of(text)).get(pair) is False


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia froze its membership of the CSTO.", ("Armenia", "Collective Security Treaty Organization")),
        ("Niger suspended its membership of the African Union.", ("Niger", AU)),
        ("Belarus froze its membership of the CSTO for a year.", ("Belarus", "Collective Security Treaty Organization")),
    ],
)  # fmt: skip
def test_a_membership_held_back_is_not_current_or_over(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert _by_state(facts).get(pair) is None


def test_a_membership_not_given_up_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Mali has not ended its membership of the African Union.")
    assert _by_state(facts).get(("Mali", AU)) is not False
