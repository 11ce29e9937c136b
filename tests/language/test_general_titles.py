"""The parse of a "-general" title in apposition: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.general_titles import repair_general_titles


@pytest.mark.parametrize(
    ("text", "post", "name"),
    [
        (
            "Ivo Strand, NATO's secretary-general, said on Friday the alliance would act.",
            5,
            "Strand",
        ),
        (
            "The WHO's director-general, Tomas Brandt, said on Monday the outbreak had peaked.",
            3,
            "Brandt",
        ),
        (
            "The UN's secretary-general, Rosa Almeida, said on Tuesday the truce would hold.",
            3,
            "Almeida",
        ),
    ],
)
def test_the_post_and_the_name_are_in_apposition(nlp, text, post, name) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    repair_general_titles(doc)
    holder = next(t for t in doc if t.text == name)
    phrase = {post, doc[post].head.i}  # the title word, or the "general" it modifies
    assert any(doc[k].head.i == holder.i and doc[k].dep_ == "appos" for k in phrase) or (
        holder.head.i in phrase and holder.dep_ == "appos"
    )


def test_a_general_of_the_army_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("General Ivo Strand said on Friday the troops would stay.")
    assert repair_general_titles(doc) == 0
