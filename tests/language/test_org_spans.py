"""Organisation names the model cuts at "and" or a comma: sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Culture, Media and Sport Secretary Tessa Holm backed the plan.", "Tessa Holm", "Media"),
        (
            "The Finance and Economy Ministry said growth would slow.",
            "Finance and Economy Ministry",
            "Economy Ministry",
        ),  # fmt: skip
        ("The Trade and Industry Committee met on Monday.", "Trade and Industry Committee", ""),
        ("The Treasury and the Bank of England disagreed.", "Treasury", ""),
    ],
)
def test_lists_of_fields(nlp, text: str, kept: str, gone: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert kept in ents
    assert gone not in ents
