"""An honorific that is also a word inside a name: "Hassan Sheikh Mohamud", whose
"Sheikh" follows his given name. The name then starts before it, not after it as
after "Sheikh Ali Nur" or "Mr Lowe".
"""

from __future__ import annotations

from kg.language.lexicon import HONORIFICS, TITLE_WORDS
from kg.language.token_table import PROPN, TokenTable

# Honorifics that are also a word of a name after a given name: "Hassan Sheikh Mohamud".
_INSIDE_NAMES = frozenset({"Sheikh"})


def name_start(w: TokenTable, i: int) -> int:
    """Where a name starts around the honorific at ``i``: after it ("Sheikh Ali
    Nur"), or before it when it is a word inside a name ("Hassan Sheikh Mohamud":
    one or two capitalised given names before it, no title among them)."""
    start = i
    while (
        w.text[i] in _INSIDE_NAMES
        and start > 0
        and i - start < 2
        and w.pos[start - 1] == PROPN
        and w.title[start - 1]
        and w.alpha[start - 1]
        and w.lower[start - 1] not in TITLE_WORDS
        and w.text[start - 1] not in HONORIFICS
    ):
        start -= 1
    return start if start < i else i + 1
