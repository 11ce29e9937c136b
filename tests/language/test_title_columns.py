"""The columns the title searches read: the same answers as spaCy's Tokens."""

from __future__ import annotations

from spacy.strings import get_string_id

from kg.language.title_columns import TitleColumns, ids


def test_columns_agree_with_the_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ana Ruiz, the defence minister, met envoys. They left for Lima on Monday.")
    cols = TitleColumns(doc)
    sents = list(doc.sents)
    for t in doc:
        assert cols.orth[t.i] == get_string_id(t.text)
        assert cols.lower[t.i] == get_string_id(t.lower_)
        assert cols.dep[t.i] == get_string_id(t.dep_) and cols.tag[t.i] == get_string_id(t.tag_)
        assert cols.head[t.i] == t.head.i
        k = next(n for n, s in enumerate(sents) if s.start <= t.i < s.end)
        assert (cols.sent[t.i], cols.sent_start[t.i], cols.sent_end[t.i]) == (
            k,
            sents[k].start,
            sents[k].end,
        )
    for head, appos in cols.appos.items():
        assert appos == [c.i for c in doc[head].children if c.dep_ == "appos"]


def test_ids_are_the_string_ids() -> None:
    assert ids(["minister", "envoy"]) == {get_string_id("minister"), get_string_id("envoy")}
