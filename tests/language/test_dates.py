from __future__ import annotations

import pytest

from kg.language.dates import parse_iso, resolve_date


@pytest.mark.parametrize(
    ("text", "article", "expected"),
    [
        ("Monday", "2024-03-07", "2024-03-04"),
        ("Thursday", "2024-03-07", "2024-03-07"),
        ("tomorrow", "2024-03-07", "2024-03-08"),
        ("Feb. 27", "2016-03-02", "2016-02-27"),
        ("December 30", "2016-01-04", "2015-12-30"),
        ("May 2018", None, None),
        ("3 May 2018", None, "2018-05-03"),
        ("Monday", None, None),
        ("next week", "2024-03-07", None),
        ("February 30", "2024-03-07", None),
    ],
)
def test_resolve_date(text: str, article: str | None, expected: str | None) -> None:
    assert resolve_date(text, article) == expected


def test_parse_iso_takes_timestamps_and_refuses_junk() -> None:
    assert str(parse_iso("2024-01-02T10:00:00Z")) == "2024-01-02"
    assert parse_iso("yesterday") is None
    assert parse_iso("2024-13-40") is None


def test_event_dates_use_the_article_date(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Chancellor Otto Brandt met Prime Minister Ana Silva on Monday.", date="2024-03-07"
    )
    assert [e.date for e in facts.events if e.date_text == "Monday"] == ["2024-03-04"]
