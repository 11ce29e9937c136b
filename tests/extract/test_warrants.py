"""Whom the law wants ("X, who is wanted by the ICC"): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Paulo Brant, who is wanted by the International Criminal Court, lives in exile.",
         ("International Criminal Court", "Paulo Brant", "173")),
        ("Paulo Brant, wanted by the International Criminal Court, lives in exile.",
         ("International Criminal Court", "Paulo Brant", "173")),
        ("Paulo Brant, who is wanted by Peru for fraud, lives in Madrid.",
         ("Peru", "Paulo Brant", "173")),
        ("Paulo Brant is wanted by Chilean police.", ("Chile", "Paulo Brant", "173")),
        ("Paulo Brant is wanted by Interpol.", ("Interpol", "Paulo Brant", "173")),
    ],
)  # fmt: skip
def test_wanted_by_the_law_is_a_warrant(facts_of, text: str, fact: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert fact in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paulo Brant, who is not wanted by the International Criminal Court, lives in exile.",
        "Paulo Brant wants Chile to cut taxes.",  # a wish
        "Chile wants Paulo Brant to resign.",  # a wish
        "Paulo Brant, who is wanted by Orvia Capital, lives in Madrid.",  # no law
        "Peru wanted Paulo Brant as its envoy.",  # active: a wish
        "Paulo Brant, who is wanted by a Spanish court, lives in Lima.",  # a court, not Spain
    ],
)
def test_no_warrant_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, text)
