"""What the title searches read of every token, read once per document.

Each person, organisation and group mention looks back over the words before it
for a title and at its appositions, and spaCy makes a new Token object (and a
new string) at every ``doc[i]`` and ``token.head``, and walks the document for
the bounds of ``token.sent`` at each call: the columns are read once, with
``Doc.to_array``, into plain lists of string ids (compared with the ids of the
words sought, :func:`ids`: looking up the string of every token would cost more
than the searches save).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import DEP, HEAD, IS_TITLE, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

_COLUMNS = [ORTH, LOWER, POS, TAG, DEP, SPACY, IS_TITLE]
_APPOS = get_string_id("appos")


def ids(words: Iterable[str]) -> frozenset[int]:
    """The string ids of ``words``, as the columns hold them."""
    return frozenset(get_string_id(w) for w in words)


class TitleColumns:
    """The ids of token ``i``'s ``text``, ``lower_``, ``pos_``, ``tag_`` and
    ``dep_`` are ``orth[i]``, ``lower[i]``, ``pos[i]``, ``tag[i]`` and
    ``dep[i]``; ``head[i]`` is its head's index; ``spaced[i]`` and ``title[i]``
    are 1 when its ``whitespace_`` is not empty and when it ``is_title``. Its
    sentence is number ``sent[i]`` (0 first) and runs from ``sent_start[i]`` to
    ``sent_end[i]``; ``appos`` lists the appositions of a token by its index, in
    text order. As ``doc`` had them when the table was made."""

    __slots__ = ("appos", "dep", "head", "lower", "orth", "pos", "sent", "sent_end",
                 "sent_start", "spaced", "tag", "title")  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        array = doc.to_array(_COLUMNS) if n else numpy.zeros((0, len(_COLUMNS)), numpy.uint64)
        columns: list[list[int]] = array.T.tolist()
        self.orth, self.lower, self.pos, self.tag, self.dep, self.spaced, self.title = columns
        # (a head's offset is signed: read as unsigned, one to the left wraps round)
        index = numpy.arange(n, dtype=numpy.int64)
        heads = doc.to_array(HEAD).astype(numpy.int64) + index if n else index
        self.head: list[int] = heads.tolist()
        self.appos: dict[int, list[int]] = {}
        for i in numpy.flatnonzero((array[:, _COLUMNS.index(DEP)] == _APPOS) & (heads != index)):
            self.appos.setdefault(self.head[i], []).append(int(i))
        self.sent, self.sent_start, self.sent_end = [0] * n, [0] * n, [0] * n
        for k, span in enumerate(doc.sents):
            start, end = span.start, span.end
            self.sent[start:end] = [k] * (end - start)
            self.sent_start[start:end] = [start] * (end - start)
            self.sent_end[start:end] = [end] * (end - start)
