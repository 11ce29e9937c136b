"""What a relative pronoun stands for: "X, whom Y met", "Armenia, which Azerbaijan
invaded", "Dutch soldiers, whom he accused of looting"."""

from __future__ import annotations

from spacy.tokens import Token


def antecedent(token: Token) -> Token:
    """The name a relative "whom", "who", "which" or "that" stands for ("X, whom Y
    met", "X, with whom Y held talks", "Armenia, which Azerbaijan invaded", "Dutch
    soldiers, whom he accused"); any other token is itself."""
    if (token.tag_, token.lower_) not in _RELATIVES:
        return token
    clause = token.head
    while clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" and _names_side(clause.head) else token


def _names_side(head: Token) -> bool:
    """A name, or a noun a nationality or country qualifies ("Dutch soldiers")."""
    return head.pos_ == "PROPN" or (head.pos_ == "NOUN" and any(
        c.ent_type_ in {"NORP", "GPE"} and c.dep_ in {"amod", "compound", "poss"}
        for c in head.children))  # fmt: skip


_RELATIVES = {("WP", "who"), ("WP", "whom"), ("WDT", "which"), ("WDT", "that"), ("WP$", "whose")}
