"""One article from its text or record: dateline, id, clean text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read.article_text import article_from_text, normalise_text, split_dateline


@pytest.mark.parametrize(
    ("body", "place", "rest"),
    [
        ("TEHRAN -- Iran said so.", "TEHRAN", "Iran said so."),
        ("WASHINGTON, March 31 - The envoy left.", "WASHINGTON", "The envoy left."),
        ("NEW YORK (Reuters) - Banks met.", "NEW YORK", "Banks met."),
        ("Moscow, 3 May - Talks began.", "Moscow", "Talks began."),
        ("KANO, Nigeria — The bloc met.", "KANO, Nigeria", "The bloc met."),
        (
            "MOSTAR, Bosnia-Herzegovina (Reuters) - Guns fell silent.",
            "MOSTAR, Bosnia-Herzegovina",
            "Guns fell silent.",
        ),
        ("FRESNO, Calif. (AP) — A senator spoke.", "FRESNO, Calif.", "A senator spoke."),
        ("OSAKA, Japan, Jan. 5 (Kyodo) - Envoys met.", "OSAKA, Japan", "Envoys met."),
        ("LAHORE: The envoy arrived.", "LAHORE", "The envoy arrived."),
        ("Iran: the talks failed.", None, "Iran: the talks failed."),
        ("Iran, Syria and Iraq met - and left.", None, "Iran, Syria and Iraq met - and left."),
        ("Talks began - and ended.", None, "Talks began - and ended."),
        ("A well-known envoy arrived.", None, "A well-known envoy arrived."),
    ],
)
def test_dateline_is_split_off(body: str, place: str | None, rest: str) -> None:
    got_place, _, got_rest = split_dateline(body)
    assert (got_place, got_rest) == (place, rest)


def test_same_content_same_id_different_content_different_id() -> None:
    a = article_from_text("T\nBody one.", source="x")
    b = article_from_text("T\nBody one.", source="elsewhere/y")
    c = article_from_text("T\nBody two.", source="x")
    assert a.id == b.id != c.id


@settings(max_examples=200, deadline=None)
@given(st.text(), st.none() | st.text(max_size=30))
def test_article_from_any_text_is_clean_or_refused(text: str, title: str | None) -> None:
    try:
        art = article_from_text(text, source="x.txt", title=title, given_id=title)
    except InputError:
        assert not normalise_text(text).strip() and not normalise_text(title or "").strip()
        return
    for value in (art.id, art.title, art.text, art.dateline or ""):
        value.encode("utf-8")
        assert not any(ord(c) < 32 and c not in "\n\t" for c in value)
    assert re.fullmatch(r"[A-Za-z0-9._-]+", art.id)
