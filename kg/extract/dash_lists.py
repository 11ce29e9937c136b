"""Actors listed after a dash or colon that follows a phrase: "the four remaining
signatories -- Chile, Bolivia, Ecuador and Colombia"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.lexicon import DASHES

_OPENERS = DASHES | {":"}  # what opens the list after the phrase


def dash_list(ctx: Context, token: Token) -> list[str]:
    """Actors listed after a dash or colon that follows ``token``'s phrase:
    "the four remaining signatories -- Chile, Bolivia, Ecuador and Colombia"."""
    sent = ctx.sentence(token)
    i = token.right_edge.i + 1
    # allow the phrase's own PP ("to the deal") before the dash
    j = token.i + 1
    while j < sent.end and j - token.i <= 8 and ctx.doc[j].text not in _OPENERS:
        if ctx.doc[j].pos_ in {"VERB", "AUX"} or ctx.doc[j].text in {",", ";"}:
            return []
        j += 1
    if j >= sent.end or ctx.doc[j].text not in _OPENERS:
        return []
    if ctx.doc[j].text == "-" and not ctx.doc[j - 1].whitespace_:
        return []  # a hyphen, not a dash
    i = j + 1
    keys: list[str] = []
    while i < sent.end:
        text = ctx.doc[i].text
        if text in {"--", "—", "–", ";", "."} or (text == "-" and ctx.doc[i - 1].whitespace_):
            break
        if ctx.doc[i].pos_ in {"VERB", "AUX"}:
            break
        key = ctx.actors.at(i)  # (a name: never "whose")
        mention = ctx.actors.mention_at(i)
        if key and mention is not None and mention.kind not in {"place", "pronoun"}:
            keys.append(key)
        i += 1
    return list(dict.fromkeys(keys))
