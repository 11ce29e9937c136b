"""The token table the entity repairs read: the same answers as spaCy's Tokens."""

from __future__ import annotations

from kg.language.gazetteer import gazetteer
from kg.language.not_names import names_no_actor
from kg.language.token_table import COMPOUND, PROPN, Story, TokenTable


def test_columns_agree_with_the_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Defence Minister Ana Ruiz met U.S. envoys in Lima on Monday.")
    table = TokenTable(doc)
    for t in doc:
        assert table.text[t.i] == t.text and table.lower[t.i] == t.lower_
        assert table.head[t.i] == t.head.i
        assert bool(table.spaced[t.i]) == bool(t.whitespace_)
        assert bool(table.title[t.i]) == t.is_title and bool(table.punct[t.i]) == t.is_punct
        assert (table.pos[t.i] == PROPN) == (t.pos_ == "PROPN")
        assert (table.dep[t.i] == COMPOUND) == (t.dep_ == "compound")


def test_span_text_and_compound_start(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Defence Minister Ana Ruiz met U.S. envoys in Lima.")
    table = TokenTable(doc)
    for start, end in [(0, 1), (0, 4), (2, 7), (5, 10)]:
        assert table.span_text(start, end) == doc[start:end].text
    ruiz = next(t for t in doc if t.text == "Ruiz")
    assert table.compound_start(ruiz.i) == min(c.i for c in ruiz.lefts if c.dep_ == "compound")


def test_an_empty_document(nlp) -> None:  # type: ignore[no-untyped-def]
    table = TokenTable(nlp(""))
    assert table.text == [] and table.head == []


def test_a_story_answers_as_the_gazetteer_and_the_test_it_is_given(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Bill was debated in Lima by Chile's envoys.")
    gz = gazetteer()
    story = Story.read(doc, gz, names_no_actor)
    assert story.lookup("Chile") == gz.lookup("Chile")
    assert story.is_place("Lima") == gz.is_place("Lima")
    assert story.no_actor(1, 2, "ORG") == names_no_actor(doc, story.table, 1, 2, "ORG")
