"""Approval withheld from what another made rejects its maker
(kg.extract.withheld_approvals): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Medicines Board recommended against approving a drug developed by Velcor.",
            ("Medicines Board", "Velcor"),
        ),
        (
            "The European Medicines Agency advised against licensing a vaccine made by Corvan Labs.",
            ("European Medicines Agency", "Corvan Labs"),
        ),
        (
            "The Medicines Board voted against approving a vaccine made by Corvan Labs.",
            ("Medicines Board", "Corvan Labs"),
        ),
        (
            "The Medicines Board refused to approve a vaccine made by Corvan Labs.",
            ("Medicines Board", "Corvan Labs"),
        ),
        (
            "The European Medicines Agency declined to authorise Velcor's new drug.",
            ("European Medicines Agency", "Velcor"),
        ),
    ],
)
def test_withheld_approval_rejects_the_maker(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Medicines Board recommended approving a vaccine made by Corvan Labs.",
        "The Medicines Board recommended against approving the vaccine.",
        "The Medicines Board did not recommend against approving a vaccine made by Corvan Labs.",
        "The Medicines Board may recommend against approving a vaccine made by Corvan Labs.",
    ],
)
def test_no_rejection_where_none_is_withheld(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
    assert not {c for c in coded(facts_of, text) if c[2] == "120"}
