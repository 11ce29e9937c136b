"""Newspapers named in common words speak for themselves ("The Observer said"); the
same words elsewhere name no paper. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.press import press_spans
from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Observer said the council had ignored the warnings.", "Observer"),
        ("The Independent reported that two ministers had quarrelled.", "Independent"),
        ("The Mail on Sunday said the coach had been sacked.", "Mail on Sunday"),
        ("The Sunday Telegraph reported that the navy was short of ships.", "Sunday Telegraph"),
        ("The Daily Telegraph claimed the minister had misled MPs.", "Daily Telegraph"),
        ("The Economist said the peso was overvalued.", "Economist"),
        ("The Scotsman newspaper reported that the plant would close.", "Scotsman"),
        ("Le Monde reported that Paris would send more troops.", "Le Monde"),
    ],
)
def test_a_paper_named_in_common_words_speaks(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The independent inquiry said the hospital had failed.",  # no capital
        "The Independent candidate said he would stand again.",  # a longer name
        "The Independent MP Rhona Keel said the bill was unfair.",
        "The Times Educational Supplement said exams were too easy.",
        "The observer mission said the vote had been fair.",
        "The Herald of Liberty said the vote had been fair.",
    ],
)
def test_the_same_words_name_no_paper(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = speakers(facts_of(text))
    assert not found & {"Independent", "Times", "Observer", "Herald"}


def test_a_paper_span_leaves_out_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("He told the Observer newspaper and Le Monde.")
    assert [s.text for s in press_spans(doc)] == ["Observer", "Le Monde"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Sunday Telegraph report said the bid had stalled.", "Sunday Telegraph"),
        ("The Sunday Times report said the talks had failed.", "Sunday Times"),
        ("The Daily Mirror report said the minister would quit.", "Daily Mirror"),
    ],
)
def test_a_papers_report_after_its_title_speaks_for_it(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}
