"""The antecedents a definite description may have, for
:func:`kg.language.descriptions.resolve_description`: every actor named before it,
nearest first, except the subject of the verb it is the object of. "China
criticised the country", "Iran threatened the kingdom", "President A met the
president": a description never names its own clause's subject (that would be a
reflexive, "itself"), so the one meant is someone named before."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.lexicon import SUBJECT_DEPS
from kg.language.mentions import Mention

# How a description hangs on its verb as an object: "criticised the country",
# "gave the bloc", "hit out at the kingdom".
_OBJECTS = frozenset({"dobj", "dative", "iobj"})


def antecedents(state: CorefState, m: Mention) -> list[tuple[Mention, str]]:
    """The linked mentions before ``m`` (nearest first) with their actors, but
    those that are the subject of the verb ``m`` is the object of."""
    mates = _clause_subjects(state.doc[m.start : m.end].root)
    return [
        (p, state.linked[p.id])
        for p in reversed(state.mentions[: m.id])
        if p.id in state.linked and not any(p.start <= i < p.end for i in mates)
    ]


def _clause_subjects(tok: Token) -> set[int]:
    """The tokens of the subject of the verb ``tok`` is the object of (with the
    subject's conjuncts, and a shared subject of conjoined verbs: "Iran met A and
    criticised the kingdom")."""
    verb = _governing_verb(tok)
    if verb is None:
        return set()
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head  # "A met B and criticised the country": A, the first verb's
    found: set[int] = set()
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        for s in (subj, *subj.conjuncts):
            found.update(t.i for t in s.subtree if t.dep_ not in {"relcl", "acl", "appos"})
    return found


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose object ``tok`` is: its head for a direct object, the verb of
    its preposition ("at the kingdom"); None for a subject, a possessive or a
    noun's complement."""
    if tok.dep_ in _OBJECTS and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None
