"""An act whose object is no amount (kg.extract.scant): "agreed on nothing" is no
agreement, as "reached no agreement" is; something agreed, or talks held, stay."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, met_pairs, pair

NOTHING_AGREED = [
    "Chile and Peru agreed on very little at Monday's session.",
    "Chile and Peru agreed on nothing after a day of haggling.",
    "Chile and Peru signed almost nothing on Monday.",
    "Chile and Peru agreed on next to nothing on Monday.",
    "Chile and Peru agreed on hardly anything on Monday.",
    "Chile and Peru agreed on little.",
]


@pytest.mark.parametrize("text", NOTHING_AGREED)
def test_agreeing_on_nothing_is_no_factual_agreement(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Chile", "Peru") not in cooperation_pairs(facts)
    assert pair("Chile", "Peru") in cooperation_pairs(facts, factual_only=False)  # kept, negated


SOMETHING_AGREED = [
    "Chile and Peru agreed on nothing but a ceasefire on Monday.",
    "Chile and Peru agreed on nothing less than a full ceasefire.",
    "Chile and Peru agreed on a little more than expected on Monday.",
    "Chile and Peru agreed on a border treaty on Monday.",
]


@pytest.mark.parametrize("text", SOMETHING_AGREED)
def test_something_agreed_stays_an_agreement(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Chile", "Peru") in cooperation_pairs(facts_of(text))


def test_talks_where_little_was_agreed_were_still_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile and Peru agreed on very little at the talks in Lima on Monday.")
    assert pair("Chile", "Peru") in met_pairs(facts)
    assert pair("Chile", "Peru") not in cooperation_pairs(facts)
