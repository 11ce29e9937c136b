"""A word of criticism set after a clause to sum it up ("..., a rebuke to Y"): the
clause's subject rebukes Y. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # on the clause's verb, and after a verb's own clause
        ("The UN General Assembly demanded the pull-out of all foreign forces, a rebuke to Ecuador.",
         ("United Nations General Assembly", "Ecuador")),
        ("The UN General Assembly voted to demand an end to the blockade, a rebuke to Bolivia.",
         ("United Nations General Assembly", "Bolivia")),
        # with a word of its own before the noun, and a snub
        ("The African Union postponed its summit in Kampala, a sharp rebuke to Uganda.",
         ("African Union", "Uganda")),
        ("The African Union moved its summit away from Kampala, a snub to Uganda.",
         ("African Union", "Uganda")),
    ],
)  # fmt: skip
def test_a_summing_rebuke_opposes_its_addressee(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The African Union may postpone its summit in Kampala, a rebuke to Uganda.",
        "The African Union did not postpone its summit in Kampala, a rebuke to Uganda.",
        "The African Union postponed its summit in Kampala, the rebuke to Uganda it wanted.",
        "The African Union postponed its summit in Kampala, a boost to Uganda.",
    ],
)
def test_no_rebuke_summed_from_a_clause_not_told_as_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("African Union", "Uganda") not in directed(facts_of(text), EventKind.CONFLICT)
