"""An "it" after "Shares in X ... on the Y Exchange" is X, whose shares the clause
tells of, not the exchange named last; a subject that is an actor keeps the older
rule. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "firm", "market"),
    [
        ("Shares in Velcor Holdings fell 5% on the Kestrel Stock Exchange on Monday, after it "
         "said profits had dropped.", "Velcor Holdings", "Kestrel Stock Exchange"),
        ("Velcor Holdings' shares rose on the Kestrel Stock Exchange after it said profits "
         "had doubled.", "Velcor Holdings", "Kestrel Stock Exchange"),
        ("Shares in Swiss drug firm Velcor closed down 5% on the Kestrel Stock Exchange on "
         "Monday, after it said a partner would pull out of a deal.", "Velcor",
         "Kestrel Stock Exchange"),
        ("Shares in Velcor Holdings fell 5% on the Kestrel Stock Exchange on Monday. It said "
         "profits had dropped.", "Velcor Holdings", "Kestrel Stock Exchange"),
    ],
)  # fmt: skip
def test_it_after_a_firms_shares_is_the_firm(facts_of, text: str, firm: str, market: str) -> None:  # type: ignore[no-untyped-def]
    said = speakers(facts_of(text))
    assert firm in said
    assert market not in said


def test_an_actor_subject_keeps_the_nearest(facts_of) -> None:  # type: ignore[no-untyped-def]
    # no thing of a body's for subject: the rule does not apply
    text = "Orbis Bank approved a loan for Velcor Holdings as it tries to rebuild, it said."
    assert "Velcor Holdings" not in speakers(facts_of(text))


def test_no_owner_no_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    # prices are no one's: "it" is not made the exchange's by the new rule either
    text = "Prices fell on the Kestrel Stock Exchange on Monday, after it said trading would halt."
    assert "Velcor Holdings" not in speakers(facts_of(text))
