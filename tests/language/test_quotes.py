"""Whether a word stands inside quotation marks (kg.language.quotes): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.language.quotes import in_open_quote


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ('Ann Lee said: "Tom Vale told him to go."', "told", True),
        ('"The deal is close. Tom Vale told him so," she said.', "told", True),
        ('"The deal is close," Tom Vale told reporters.', "told", False),
        ('Ann Lee "strongly condemned" the plan and said it would fail.', "said", False),
        ("Ann Lee said the deal was close.", "said", False),
        ("Ann Lee said: “Tom Vale told him to go.”", "told", True),
        ("Ann Lee said: “Go.” Tom Vale told him so.", "told", False),
        # a mark left open in an earlier sentence of the paragraph is not read back
        ('Ann Lee said: "I was wronged. Tom Vale told reporters the plan failed.', "told", False),
        # a possessive's mark the tagger reads as a closing quote
        ("Ann Lee accused the minister of squabbling. He told Sky News' Sunday with Tom Vale: "
         '"This is the politics of the playground."', "told", False),
    ],
)
def test_a_word_after_an_opening_mark_is_inside(nlp, text: str, word: str, inside: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert in_open_quote(token) is inside
