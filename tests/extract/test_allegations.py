"""Alleging that someone spoke is no accusation; alleging a wrong is: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe alleges that Tom Holt told Ivo Marsh last spring that he planned to retire.",
        "Ann Roe alleged that Tom Holt had told Ivo Marsh about the plan.",
        "Ann Roe alleged that Tom Holt said in private he would quit.",
        "Ann Roe alleges Tom Holt announced the merger to his staff first.",
    ],
)
def test_alleging_that_someone_spoke_is_no_accusation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe alleged that Tom Holt had lied to parliament.",
        "Ann Roe alleged that Tom Holt cheated voters.",
        "Ann Roe alleged that Tom Holt told Ivo Marsh the vote was illegal.",
    ],
)
def test_alleging_a_wrong_accuses(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ann Roe", "Tom Holt") in directed(facts_of(text), EventKind.CONFLICT)
