"""What the entity repairs read of every token, read once per document.

spaCy makes a new Token object at every ``doc[i]`` and a new Span, which checks
its bounds, at every ``doc[a:b]``; ``span.text`` then joins the text of each of
its tokens. The repairs look at each entity's words and their neighbours a score
of times, so a document's columns are read once, with ``Doc.to_array``, into
plain lists.
"""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_TITLE, IS_UPPER, LOWER, ORTH, SPACY
from spacy.tokens import Doc

_COLUMNS = [ORTH, LOWER, SPACY, IS_PUNCT, IS_TITLE, IS_UPPER, IS_LOWER, IS_ALPHA]


class TokenTable:
    """Token ``i``'s text is ``text[i]`` and its ``lower_`` is ``lower[i]``; its
    flags are 1 or 0: ``spaced[i]`` when its ``whitespace_`` is not empty,
    ``punct[i]`` for ``is_punct``, ``title``, ``upper``, ``is_lower``, ``alpha``
    likewise. As ``doc`` had them when the table was made."""

    __slots__ = ("alpha", "is_lower", "lower", "punct", "spaced", "text", "title", "upper")

    def __init__(self, doc: Doc) -> None:
        columns: list[list[int]] = (
            doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        )
        orth, lower, spaced, punct, title, upper, is_lower, alpha = columns
        strings = doc.vocab.strings
        self.text = [strings[h] for h in orth]
        self.lower = [strings[h] for h in lower]
        self.spaced, self.punct, self.title, self.upper = spaced, punct, title, upper
        self.is_lower, self.alpha = is_lower, alpha

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (for ``start < end``): each token's text and
        its trailing space but the last's."""
        last = end - 1
        if start == last:
            return self.text[last]
        words = zip(self.text[start:last], self.spaced[start:last], strict=True)
        return "".join([text + " " if spaced else text for text, spaced in words]) + self.text[last]
