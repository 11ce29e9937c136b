"""Criticism one side singles another out for: "X singled out Y for criticism", "Y
was singled out for criticism by X", "X picked out Y for blame". The noun names the
act; who singles out does it, and whom they single out is its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g

# Verbs that pick a target out with their particle: "single out", "pick out".
_SINGLING = frozenset({"single", "pick"})


def singling_verb(noun: Token) -> Token | None:
    """The verb that singles someone out for what ``noun`` names ("singled out Y
    for criticism"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_ not in _SINGLING or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    return verb


def singled_parties(noun: Token) -> tuple[list[Token], list[Token]]:
    """Who singles out and who is singled out for ``noun``: the subject and the
    object ("X singled out Y for criticism"), or the agent and the subject
    ("Y was singled out for criticism by X"); nothing when no verb singles out."""
    verb = singling_verb(noun)
    if verb is None:
        return [], []
    if g.is_passive(verb):
        return g.agents(verb), g.subjects(verb)
    return g.subjects(verb), g.direct_objects(verb)
