"""A side that denies a charge and tells the other side did the harm accuses it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile denied the allegation and said Peruvian troops had attacked the post.", ("Chile", "Peru")),
        ("Chile rejected the accusation, saying Peru had shelled the village first.", ("Chile", "Peru")),
        ("Ecuador denied the charges and insisted that Colombia had bombed its farms.", ("Ecuador", "Colombia")),
        ("Bolivia dismissed the accusation and said Paraguay had invaded the disputed strip.", ("Bolivia", "Paraguay")),
    ],
)  # fmt: skip
def test_a_denial_that_blames_the_other_side_accuses_it(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "112") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile denied the allegation and said it had acted lawfully.",  # no one else
        "Chile denied the allegation and said Peru would attack soon.",  # expected only
        "Chile denied the allegation and said Peru had not attacked anyone.",  # denied
        "Chile denied the allegation and said its post had been attacked by Peru.",  # passive
        "Chile did not deny the allegation and said Peru had attacked the post.",  # no denial
        "Chile confirmed the report and said Peru had attacked the post.",  # no denial
        "Chile denied the allegation and said Peru had agreed to the talks.",  # no harm
    ],
)
def test_no_counter_charge_without_a_denial_or_a_harm_done_by_another(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru", "112") not in coded(facts_of, text)
