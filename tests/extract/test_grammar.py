"""The shared grammar of the extractors, on parses built by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import grammar as g


def test_a_we_whose_speech_verb_has_we_as_subject_names_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    # '"We win," told us.': a misparse makes the quoted "We" the subject of the
    # speech verb outside the quote; who "we" is must not be asked of "we" again
    words = ['"', "We", "win", ",", '"', "told", "us", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[5, 5, 5, 5, 5, 5, 5, 5],
        deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "dobj", "punct"],
        pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PRON", "PUNCT"],
        tags=["``", "PRP", "VBP", ",", "''", "VBD", "PRP", "."],
        lemmas=['"', "we", "win", ",", '"', "tell", "we", "."],
    )
    assert g.in_quote(doc[1]) and not g.in_quote(doc[5])
    assert g.actors_of(None, doc[1]) == []  # type: ignore[arg-type]
