"""Whether a word stands inside quotation marks, counted within its sentence."""

from __future__ import annotations

from spacy.tokens import Token

QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_QUOTE_TAGS = frozenset({"``", "''"})


def in_quote(token: Token, *, by_tag: bool = False) -> bool:
    """An odd number of quotation marks stands before ``token`` in its sentence;
    ``by_tag`` also counts a word the tagger marks as a quotation mark."""
    before = token.doc[token.sent.start : token.i]
    marks = sum(1 for t in before if t.text in QUOTE_MARKS or (by_tag and t.tag_ in _QUOTE_TAGS))
    return marks % 2 == 1


def in_open_quote(token: Token) -> bool:
    """The last quotation mark before ``token`` in its sentence opens a quote, or,
    with no mark before it, the first one after it closes one: a quote's later
    sentence ('"The deal is close. Ann Lee told him so," she said') is inside,
    while a mark that closes a quote begun before leaves the rest of the sentence
    outside. (A paragraph is not read back: in news copy a quote's closing mark is
    often lost where a paragraph break was.) A mark opens when it is curly or
    doubled, or straight with a space (or the sentence's start) before it and
    none after."""
    sent = token.sent
    for j in range(token.i - 1, sent.start - 1, -1):
        opens = _opens(token.doc[j], sent.start)
        if opens is not None:
            return opens
    for j in range(token.i + 1, sent.end):
        opens = _opens(token.doc[j], sent.start)
        if opens is not None:
            return not opens
    return False


def mark_opens(mark: Token, start: int) -> bool:
    """Whether a quotation mark opens a quote, by its shape or its spacing: a curly
    or doubled opening mark does, a closing one does not, and any other opens with
    a space (or ``start``, where its sentence or paragraph begins) before it and
    none after."""
    if mark.text in {"“", "``"}:
        return True
    if mark.text in {"”", "''"}:
        return False
    spaced_before = mark.i == start or bool(mark.doc[mark.i - 1].whitespace_)
    return spaced_before and not mark.whitespace_


def _opens(mark: Token, sentence_start: int) -> bool | None:
    """Whether a quotation mark opens (True) or closes (False) a quote; None for a
    word that is no quotation mark."""
    if mark.text in QUOTE_MARKS:
        return mark_opens(mark, sentence_start)
    if mark.tag_ in _QUOTE_TAGS:  # a single mark, as the tagger reads it
        before = mark.doc[mark.i - 1] if mark.i > 0 else None
        if before is not None and not before.whitespace_ and before.lower_.endswith("s"):
            return None  # "told Sky News' programme": a possessive the tagger misread
        return mark.tag_ == "``"
    return None
