"""A headline's cut of a name stands for what the body names, or for no one.

Headlines clip names: "NI" for Northern Ireland, "Nat Insurance", "Govt", "Fed".
The model tags such a cut as an organisation, and as a name of its own it would
become a body the story never mentions ("Former NI minister dies": a post at a body
called "NI", which other stories' "National Insurance (NI)" then joins). So an
organisation a headline names that the gazetteer does not know is an actor only when
the body names it too (the same name, or the full name its acronym or head word
stands for, which the resolver links before asking); otherwise it names no one.
Countries, known bodies and people in a headline are read as before.

The joined document of the body's last piece and the headline records where the
headline starts under :data:`HEADLINE_AT` (see :mod:`kg.extract.headlines`)."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc

# The key under which a joined document keeps where its headline starts.
HEADLINE_AT = "kg_headline_at"


def headline_start(doc: Doc) -> int | None:
    """Where the headline starts in a parsed piece that ends with it, if one does."""
    at = doc.user_data.get(HEADLINE_AT)
    return at if isinstance(at, int) else None


def headline_only(doc: Doc, token: int, key: str, known: Container[str]) -> bool:
    """Whether the organisation ``key``, named at ``token`` of ``doc``, is named in
    the headline and nowhere in the body (``known``: the keys the body's mentions
    have been given so far)."""
    at = headline_start(doc)
    if at is None or doc[token].idx < at:
        return False
    return key not in known


__all__ = ["HEADLINE_AT", "headline_only", "headline_start"]
