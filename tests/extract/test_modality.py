"""Modality helpers read from tokens give what the sentence text gives."""

from __future__ import annotations

from kg.extract.modality import ends_with_question

TEXTS = [
    'Will Ana Ruiz meet the Karsk envoy? "Is it over?" he asked. She said: "Why not?"',
    "Did Velmar sanction Baltovia ?  \n\nTomas Lind met Ivo Marsh. Was it 'planned?'",
    "Who called whom? ' They did not say. Brenn asked whether talks would resume?\" ",
]


def test_ends_with_question_reads_the_sentence_end_as_its_text_does(nlp) -> None:  # type: ignore[no-untyped-def]
    questions = 0
    for doc in nlp.pipe(TEXTS):
        for sent in doc.sents:
            expected = sent.text.rstrip().rstrip("\"'").endswith("?")
            assert ends_with_question(sent) is expected, sent.text
            questions += expected
    assert questions >= 4
