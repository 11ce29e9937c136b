"""A firm named in apposition to the post it holds ("sued its former manager, Arden
Capital Ltd,"): the firm is the party. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Velta Airways sued its former manager, Arden Capital Ltd, over unpaid fees.",
         ("Velta Airways", "Arden Capital Ltd")),
        ("Velta Airways sued its adviser, Arden Capital Ltd, over unpaid fees.",
         ("Velta Airways", "Arden Capital Ltd")),
        ("Borlund Bank filed a complaint against its former adviser, Mercer Partners Ltd, "
         "last week.", ("Borlund Bank", "Mercer Partners Ltd")),
    ],
)  # fmt: skip
def test_the_firm_in_the_post_is_the_party(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


def test_a_person_in_the_post_stays_the_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Orvin Steel sued its former manager, Tomas Lind, over the losses.")
    assert ("Orvin Steel", "Tomas Lind") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # the firm is the holder's, not the holder
        "Velta Airways sued its former manager, the head of Arden Capital Ltd, over unpaid fees.",
        "Velta Airways sued its former manager, who now runs Arden Capital Ltd, over unpaid fees.",
    ],
)
def test_a_firm_told_of_the_holder_is_not_the_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Velta Airways", "Arden Capital Ltd") not in directed(
        facts_of(text), EventKind.CONFLICT
    )
