"""Fronted participles the tagger takes for adjectives: "Armed and trained by Iran,
X ...". The second participle shares the first's subject (the main clause's) and is
passive like it.
"""

from __future__ import annotations

from spacy.tokens import Token


def fronted_adjective(token: Token) -> bool:
    """A fronted participle tagged as an adjective: "Armed (and trained) by Iran, X
    ...", "Sheltered and funded by Y, X ..."."""
    return token.tag_ == "JJ" and token.dep_ == "advcl" and token.lower_.endswith("ed")
