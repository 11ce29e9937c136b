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
        ),
        ("The Trade and Industry Committee met on Monday.", "Trade and Industry Committee", ""),
        ("The Treasury and the Bank of England disagreed.", "Treasury", ""),
        # the words around a firm's name
        ("Insurer Norvex Re said profits rose.", "Norvex Re", "Insurer Norvex Re"),
        (
            "The London Stock Exchange said it would reject the bid.",
            "London Stock Exchange",
            "Stock Exchange",
        ),
        (
            "The fund's efforts helped force Holm Foundation-Varnia to close.",
            "Holm Foundation-Varnia",
            "force Holm Foundation-Varnia",
        ),
    ],
)
def test_where_a_name_begins_and_ends(nlp, text: str, kept: str, gone: str) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp(text).ents}
    assert kept in ents
    assert gone not in ents


def test_two_names_across_a_spaced_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text for e in nlp("Tony Holt said the cuts at Whitehall - Labour by 80,000 - "
                                "would hurt.").ents}  # fmt: skip
    assert not any(" - " in e for e in ents)
    assert "Coca-Cola" in {e.text for e in nlp("Coca-Cola and Tony Holt signed a deal.").ents}
