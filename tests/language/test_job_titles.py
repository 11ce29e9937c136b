"""Job titles the model takes for organisations, read from the token table."""

from __future__ import annotations

from kg.language.gazetteer import gazetteer
from kg.language.job_titles import is_job_title, is_title_word, trailing_name
from kg.language.token_table import TokenTable


def _span(doc, words: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    parts = words.split()
    start = next(t.i for t in doc if t.text == parts[0])
    return start, start + len(parts)


def test_a_title_with_a_name_at_its_end(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Minister of Trade and Industry Ivo Marsh arrived.")
    table = TokenTable(doc)
    start, end = _span(doc, "Trade and Industry Ivo Marsh")
    assert is_job_title(doc, table, start - 2, end, gazetteer().lookup)
    assert trailing_name(doc, table, start, end) == end - 2  # "Ivo Marsh"


def test_a_known_body_is_no_title(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The World Bank said so.")
    start, end = _span(doc, "World Bank")
    assert not is_job_title(doc, TokenTable(doc), start, end, gazetteer().lookup)


def test_title_words() -> None:
    assert is_title_word("Dr.") and is_title_word("Chancellor")
    assert not is_title_word("Lima")
