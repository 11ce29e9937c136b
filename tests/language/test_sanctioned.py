"""A country's banks and firms struck by a sanction or freeze: the country is the target."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark froze the assets of two Iranian banks on Monday.",
        "Denmark froze the assets of Iranian banks on Monday.",
        "Denmark imposed sanctions on three Iranian banks and a shipping firm.",
        "Denmark blacklisted five Iranian companies on Monday.",
        "Two Iranian banks were sanctioned by Denmark on Monday.",
        "The accounts of four Iranian firms were frozen by Denmark.",
        "Denmark slapped an embargo on Iranian state banks.",
    ],
)
def test_sanctioned_firms_are_their_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Denmark", "Iran") in opposed(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two Iranian banks opened branches in Copenhagen on Monday.",  # no measure
        "A Danish firm criticised Iran on Monday.",  # a firm acting: not Denmark
        "Denmark did not freeze the assets of two Iranian banks.",  # negated
    ],
)
def test_firms_not_sanctioned_stay_no_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = opposed(facts_of, text)
    assert ("Denmark", "Iran") not in got
    assert ("Iran", "Denmark") not in got
