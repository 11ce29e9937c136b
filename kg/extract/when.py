"""Phrases that say when, not who or what: "on Monday", "on 7 May"."""

from __future__ import annotations

from spacy.tokens import Token


def is_when(token: Token) -> bool:
    """A date or a time ("Monday", "7 May", "noon")."""
    return token.ent_type_ in {"DATE", "TIME"}


def says_when(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Monday"): it tells when,
    and is neither a verb's particle ("rounded on X") nor whom blame is laid on."""
    return any(is_when(o) for o in prep.children)


def dates_on(verb: Token) -> list[Token]:
    """The dates and times of a verb's prepositional phrases ("on Monday")."""
    return [o for p in verb.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj" and is_when(o)]  # fmt: skip
