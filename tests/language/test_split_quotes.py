"""The subject of a quote split around its speech verb (kg.language.split_quotes):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.split_quotes import split_quote_subject


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ('"Bolivia," Minister Rosa Kell said, "has cheated on every deal."', "cheated", "Bolivia"),
        ('"Paraguay," Rosa Kell told reporters, "is lying."', "lying", "Paraguay"),
        ('"Bolivia," Minister Rosa Kell said, "has broken the ceasefire."', "broken", "Bolivia"),
    ],
)
def test_the_opening_words_are_the_subject(nlp, text: str, verb: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = split_quote_subject(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('"We will fight," Rosa Kell said, "and we will win."', "win"),  # a subject of its own
        ('Rosa Kell told Bolivia, "we have cheated no one."', "cheated"),  # no split quote
        ("Rosa Kell said Bolivia had cheated on every deal.", "cheated"),  # no quote at all
    ],
)
def test_no_subject_lent_outside_a_split_quote(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = split_quote_subject(next(t for t in doc if t.text == verb))
    assert found is None or found.text != "Bolivia"


def test_an_opening_of_marks_alone_is_no_crash() -> None:
    """'"--," Kell said': an opening of punctuation alone (as a parser may hang it on
    the speech verb) has no last word; it is read up to itself, never a crash."""
    import spacy
    from spacy.tokens import Doc

    from kg.language.split_quotes import quote_opening

    words = ['"', "--", ",", '"', "Kell", "said", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[5, 5, 5, 5, 5, 5, 5],
        deps=["punct", "dep", "punct", "punct", "nsubj", "ROOT", "punct"],
        lemmas=['"', "--", ",", '"', "Kell", "say", "."],
        pos=["PUNCT", "PUNCT", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
    )
    quote_opening(doc[5])  # raised ValueError (max of no words) before
