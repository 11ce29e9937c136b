"""Phrases that say when: sentences written for these tests."""

from __future__ import annotations

from kg.extract.when import says_when


def test_a_date_or_time_after_a_preposition_says_when(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Peru rounded on Chile on Monday over the border closure.")
    preps = {t.i: says_when(t) for t in doc if t.dep_ == "prep"}
    on_monday = next(t.i for t in doc if t.text == "on" and doc[t.i + 1].text == "Monday")
    over = next(t.i for t in doc if t.text == "over")
    assert preps[on_monday] is True
    assert preps[over] is False
