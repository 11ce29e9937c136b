"""A description of a country named before: "the kingdom" is the kingdom named last,
never a republic; "the country" after two countries listed together is neither:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the kingdom" as the object, its subject a republic
        ("Morocco hosted the summit. Algeria criticised the kingdom for its role.",
         ("Algeria", "Morocco")),
        # "the kingdom" as the subject
        ("Jordan hosted the summit on Monday. The kingdom accused Syria of shelling its border.",
         ("Jordan", "Syria")),
        # "the Gulf kingdom", a kingdom named before a republic
        ("Bahrain held talks with Iran on Monday. Qatar later accused the Gulf kingdom "
         "of spying.", ("Qatar", "Bahrain")),
    ],
)  # fmt: skip
def test_the_kingdom_is_the_kingdom_named(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # only republics named: no kingdom to refer to
        "Peru hosted the summit. Chile accused the kingdom of spying.",
        "Peru hosted the summit. The kingdom accused Chile of spying.",
    ],
)
def test_no_kingdom_named_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan and Syria held talks. The country accused Israel of breaking the truce.",
        "Peru, Chile and Bolivia met on Monday. The country accused Brazil of spying.",
    ],
)
def test_the_country_after_a_list_is_neither(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
    assert not agents


def test_the_country_after_one_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Jordan hosted the summit. The country accused Israel of spying.")
    assert ("Jordan", "Israel") in directed(facts, EventKind.CONFLICT)
