"""Speech told inside someone else's quotation: the quoted speaker's account, not a
statement of its own ('Ann Lee said: "It is no surprise Tom Vale told him to go"',
'"These plans were announced by Tom Vale in May," she said': Ann Lee speaks, not
Tom Vale). The quote's own first person is its speaker and still speaks ('"We told
the council," Ann Lee said'), and so does a body or a country whose word the quote
cites ('"The commission has said the money is wasted," she said'): its stated
position is on record, where what one person told another is the quote's anecdote."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.quotes import in_open_quote

# Words by which a quote's speaker tells their own saying.
_FIRST_PERSON = {"i", "we", "me", "us"}


def told_in_quote(ctx: Context, verb: Token, speakers: Sequence[Token]) -> bool:
    """The speech verb and every speaker named for it stand inside a quote, and
    each of them is a person other than the quote's own "I" or "we"."""
    return (
        bool(speakers)
        and in_open_quote(verb)
        and all(
            in_open_quote(s) and s.lower_ not in _FIRST_PERSON and _people(ctx, s) for s in speakers
        )
    )


def _people(ctx: Context, token: Token) -> bool:
    keys = g.actors_of(ctx, token)
    return bool(keys) and all(k.startswith("person/") for k in keys)
