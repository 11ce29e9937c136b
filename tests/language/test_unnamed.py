"""Pronouns after an unnamed antecedent name nobody (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an unnamed person speaks: "he" is not the one named before
        ("Peter Holm left Oslo on Monday. A spokesman said the talks would go on. He added "
         "that no date was set.", set()),
        # an unnamed firm: "it" is not the firm named before
        ("Halvor Oil cut jobs. A rival firm said it would hire more staff. It added that "
         "wages would rise.", set()),
        # the named spokesman is someone
        ("A spokesman, Ivo Marsh, said the talks would go on. He added that no date was set.",
         {"Ivo Marsh"}),
    ],
)  # fmt: skip
def test_after_an_unnamed_speaker(facts_of, text: str, who: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == who
