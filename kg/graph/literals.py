"""Plain text literals made once per text.

rdflib works out every new literal anew (about ten microseconds: a type check, a
lexical form, a datatype), and the same short texts recur across the triples of
a run: actor keys, names and aliases, codes, trigger words, place labels.

>>> text_literal("Ann Berg") is text_literal("Ann Berg")
True
>>> text_literal("Ann Berg") == Literal("Ann Berg")
True
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Literal


@lru_cache(maxsize=1 << 14)
def text_literal(text: str) -> Literal:
    """``Literal(text)``, made once (literals are immutable): for short texts that
    recur, not for sentences or quotes, which seldom do."""
    return Literal(text)
