"""Keys for actors: the ASCII slug of a name, stable across articles."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated form of a name for use in keys and IRIs.

    >>> slug("José Luis Ortega")
    'jose-luis-ortega'
    >>> slug("P4+1")
    'p4-plus-1'
    >>> slug("Jürgen Weiß") != slug("Jürgen Wei")
    True
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("+", " plus "))
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    folded = ascii_text.lower().replace("'s", "").replace("'", "")
    out = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80]
    letters = sum(c.isalnum() for c in decomposed if not unicodedata.combining(c))
    if sum(c.isalnum() for c in ascii_text) < letters:
        # letters with no ASCII form (ß, ø, another script): keep the name distinct
        digest = hashlib.sha256(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:12]
        out = f"{out}-{digest}" if out else f"u-{digest}"
    return out


def own_key(key: str, scope: str) -> str:
    """``key`` made the article ``scope``'s own, for an actor a story names that no other
    story's of that name is ("the banks", a bare "the House", "the Liberals"); ``key``
    itself with no scope.

    >>> own_key("group/the-banks", "3FA2"), own_key("group/the-banks", "")
    ('group/the-banks-3fa2', 'group/the-banks')
    """
    return f"{key}-{slug(scope)}" if scope else key
