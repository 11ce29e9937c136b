"""Whether a verb of talking was done at a distance: "spoke by phone", "talked in a
phone call", "spoke by video link", "conferred via videoconference"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.contact_phrases import is_medium

_PHONE_WORDS = {"phone", "telephone", "telephoned", "phoned", "call", "videoconference", "hotline"}
_THROUGH = frozenset({"by", "via", "over"})


def phone_context(ctx: Context, verb: Token) -> bool:
    """A phone word among the verb's words or theirs ("by phone", "in a phone call"),
    or a medium the verb's "by" / "via" / "over" names ("by video link")."""
    near = [t for t in verb.subtree if t.head == verb or t.head.head == verb]
    if ctx.has_any(_PHONE_WORDS) and any(t.lower_ in _PHONE_WORDS for t in near):
        return True
    return any(t.head.lower_ in _THROUGH and t.dep_ == "pobj" and is_medium(t) for t in near)
