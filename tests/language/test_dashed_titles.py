from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The bloc will not say when it will act, but Rosa Pinto – ECOWAS commissioner for"
         " trade, farming and industry – said on Friday the decision was near.",
         ("Rosa Pinto", "Economic Community of West African States")),
        ("Rosa Pinto - ECOWAS commissioner for trade - said on Friday the decision was near.",
         ("Rosa Pinto", "Economic Community of West African States")),
        ("The talks were led by Ivo Brandt — head of the Harbour Workers Union.",
         ("Ivo Brandt", "Harbour Workers Union")),
        ("Ivo Brandt – the Harbour Workers Union's chief negotiator – said the strike would go"
         " on.", ("Ivo Brandt", "Harbour Workers Union")),
    ],
)  # fmt: skip
def test_a_title_between_dashes(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the title is someone else's, or what follows the dash is no title
        "Rosa Pinto – a rival of the ECOWAS commissioner – said on Friday the decision was near.",
        "The plan was backed by Ivo Brandt - and the Harbour Workers Union leader.",
        "Rosa Pinto - the ECOWAS commissioner said - will not stand again.",
    ],
)
def test_no_title_between_dashes(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {t for t in affiliations(facts_of(text)) if t[0] in {"Rosa Pinto", "Ivo Brandt"}}
