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
