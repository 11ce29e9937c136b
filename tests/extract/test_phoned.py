"""Addressing someone by phone is a phone call: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


def calls(facts_of, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts_of(text).actors}
    return {
        frozenset(names[p.actor] for p in e.participants)
        for e in facts_of(text).events
        if e.kind is EventKind.PHONE_CALL and e.factual
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean President Tomas Errazuriz congratulated Lucia Paredes by phone on Sunday.",
         pair("Tomas Errazuriz", "Lucia Paredes")),
        ("Peruvian President Lucia Paredes was congratulated by telephone on Sunday by "
         "Chilean President Tomas Errazuriz.", pair("Tomas Errazuriz", "Lucia Paredes")),
        ("Tomas Errazuriz warned President Anna Roset by telephone that the border would close.",
         pair("Tomas Errazuriz", "Anna Roset")),
        ("Anna Roset briefed President Tomas Errazuriz over the phone on the talks.",
         pair("Anna Roset", "Tomas Errazuriz")),
        ("Ghana's president was assured by phone by Nigerian President Ade Bello that aid "
         "would come.", pair("Ade Bello", "Ghana")),
    ],
)  # fmt: skip
def test_addressing_someone_by_phone_is_a_call(
    facts_of, text: str, expected: frozenset[str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in calls(facts_of, text)
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Errazuriz urged Anna Roset to call elections.",  # no medium: an appeal
        "Tomas Errazuriz will congratulate Anna Roset by phone on Monday.",  # planned
        "Tomas Errazuriz did not thank Anna Roset by phone.",  # negated
        "Tomas Errazuriz thanked Anna Roset for her phone call to Peru.",  # not the verb's
    ],
)
def test_no_call_without_a_medium_or_a_call_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Tomas Errazuriz", "Anna Roset") not in calls(facts_of, text)


def test_no_call_with_no_actor_called(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert calls(facts_of, "Tomas Errazuriz thanked voters by phone.") == set()
