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


def test_entity_of_is_the_span_doc_ents_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Foreign Minister Tomas Lindqvar met Ana Ruiz in New Carvelle on Friday.",
        "The talks in Lake Orvenna, Baltovia, ended; the Velmar Group and Danu Bank signed.",
        "Officials of the United Nations Office at Geneva met in Port Sabine and Oslo.",
    ]
    seen = 0
    for doc in nlp.pipe(texts):
        for token in doc:
            want = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            got = g.entity_of(token)
            got_span = (got.start, got.end) if got is not None else None
            want_span = (want.start, want.end) if want is not None else None
            assert got_span == want_span, token.text
            assert got is None or want is None or got.text == want.text
            seen += want is not None
    assert seen >= 10
