"""A body's premises, or a paper or broadcaster itself, that someone shuts:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt closed the bureau of Radio Sella in Cairo.", ("Egypt", "Radio Sella")),
        ("Radio Sella's bureau was closed by Egypt last week.", ("Egypt", "Radio Sella")),
        ("Turkey shut the offices of the Orvin Gazette on Friday.", ("Turkey", "Orvin Gazette")),
        ("Georgia closed Tavra TV in March.", ("Georgia", "Tavra TV")),
        ("Georgia closed the newspaper Tarvo Daily in March.", ("Georgia", "Tarvo Daily")),
    ],
)  # fmt: skip
def test_closing_a_body_s_premises_acts_on_the_body(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Radio Sella closed its bureau in Cairo.",
        "Egypt did not close the bureau of Radio Sella.",
        "The Orvin Gazette closed in 1990.",
        "Georgia may close the offices of Tavra TV.",
    ],
)
def test_no_act_on_one_s_own_or_unrealised_closure(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
