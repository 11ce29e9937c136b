"""A headline's cut of a name stands for what the body names, or for no one.

Headlines clip names: "NI" for Northern Ireland, "Nat Insurance", "Govt", "Fed".
The model tags such a cut as an organisation, and as a name of its own it would
become a body the story never mentions ("Former NI minister dies": a post at a body
called "NI", which other stories' "National Insurance (NI)" then joins). So an
organisation a headline names that the gazetteer does not know is an actor only when
the body names it too (the same name, or the full name its acronym or head word
stands for, which the resolver links before asking, or a name of the body's that
begins with the same word: "Lloyd's of London" where the body's was cut to "Lloyd"),
or when it is a state organ's common noun ("Cabinet anger at X"); otherwise it names
no one.
Countries, known bodies and people in a headline are read as before.

The joined document of the body's last piece and the headline records where the
headline starts under :data:`HEADLINE_AT` (see :mod:`kg.extract.headlines`)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from kg.language.lexicon import listed_words

# A state's organs a headline names by their common noun ("Cabinet anger at X"): the
# body says "ministers", not the word; no cut of a name.
_ORGANS = listed_words("organ-words.txt")["organ"]

# The key under which a joined document keeps where its headline starts.
HEADLINE_AT = "kg_headline_at"


def headline_start(doc: Doc) -> int | None:
    """Where the headline starts in a parsed piece that ends with it, if one does."""
    at = doc.user_data.get(HEADLINE_AT)
    return at if isinstance(at, int) else None


def headline_only(doc: Doc, token: int, key: str, known: Collection[str]) -> bool:
    """Whether the organisation ``key``, named at ``token`` of ``doc``, is named in
    the headline and nowhere in the body (``known``: the keys the body's mentions
    have been given so far)."""
    at = headline_start(doc)
    if at is None or doc[token].idx < at or key in known:
        return False
    words = _words(key)
    if words == [doc[token].lower_] and words[0] in _ORGANS:
        return False  # "Cabinet anger at X"
    # "Lloyd's of London" where the body's cut "Lloyd" was named (not "Nat Insurance"
    # for a body's "National Insurance": a cut is what the rule is for)
    return not any(k.startswith("org/") and _words(k)[:1] == words[:1] for k in known)


def _words(key: str) -> list[str]:
    return key.rsplit("/", 1)[-1].split("-")


__all__ = ["HEADLINE_AT", "headline_only", "headline_start"]
