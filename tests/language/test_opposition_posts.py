"""A country's opposition leader holds no post of that country's: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, speakers


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition leader met the Ugandan president on Monday.",
        "On Monday the Kenyan opposition leader met the Ugandan president.",
    ],
)
def test_an_unnamed_opposition_leader_is_not_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


def test_the_named_leader_is_found_again(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenyan opposition leader Ruth Oduya met Ugandan President Idris Kato on Monday. "
        "The Kenyan opposition leader said the talks went well."
    )
    assert "Ruth Oduya" in speakers(facts_of(text))


def test_the_countrys_own_leader_still_stands_for_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of("The Kenyan president met the Ugandan president on Monday."))
    assert frozenset({"Kenya", "Uganda"}) in pairs
