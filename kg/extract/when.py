"""Phrases that say when, not who or what: "on Monday", "on 7 May"."""

from __future__ import annotations

from spacy.tokens import Token


def says_when(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Monday"): it tells when,
    and is neither a verb's particle ("rounded on X") nor whom blame is laid on."""
    return any(o.ent_type_ in {"DATE", "TIME"} for o in prep.children)
