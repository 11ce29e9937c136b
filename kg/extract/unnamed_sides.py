"""A side of talks named only by its kind: "talks with unions", "with officials".

"A, B and C spent the year in talks with unions": each held its own talks with its
own unions; the firms did not meet one another. Parties whose only partner "with"
is such a plural noun of people or bodies are paired with no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import AGENT_NOUNS, GENERIC_GROUP_NOUNS


def unnamed_side(partners: list[Token]) -> bool:
    """Whether a partner is a plural noun of people or bodies named by their kind."""
    return any(t.tag_ == "NNS" and _kind(t.lower_) for t in partners)


def _kind(word: str) -> bool:
    return word in AGENT_NOUNS or word in GENERIC_GROUP_NOUNS or word == "unions"
