"""Words of protocol, kept as data in ``data/protocol-words.txt``."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

PROTOCOL_WORDS = listed_words("protocol-words.txt")
MONARCHS = PROTOCOL_WORDS["monarch"]


def is_monarch(token: Token) -> bool:
    """ "the Emir of Qatar", "the King": a ruler named by the title alone."""
    return token.lower_ in MONARCHS and not any(c.dep_ == "poss" for c in token.children)
