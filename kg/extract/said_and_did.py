"""A speaker who says something and then acts on someone with words: "X said the
vote was flawed and accused Chile of meddling". The parser hangs "and accused"
on the reported clause ("the vote was flawed"), whose subject would then be the
accuser; a thing cannot accuse, so the one who accuses is the speaker.

Only verbs of acting with words (trigger rows of a verbal CAMEO root, 01-13:
accuse, criticise, demand, praise, warn, ...) and only when every subject of the
reported clause is a common noun that names no one ("the vote", "prices"): "said
the shells hit the town and killed two people" keeps the shells as what killed,
and "said the minister was wrong and accused him" keeps the minister.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from kg.extract import triggers
from kg.language.event_words import SPEECH_VERBS
from kg.language.lexicon import AGENT_NOUNS

_VERBAL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 14))


@cache
def _verbal_acts() -> frozenset[str]:
    return frozenset(t.word for t in triggers.table().values()
                     if t.pos == "verb" and t.cameo[:2] in _VERBAL_ROOTS)  # fmt: skip


def speaker_acting(verb: Token, subjects: Callable[[Token], list[Token]]) -> list[Token] | None:
    """The speaker's subjects for ``verb``, a verbal act joined by "and" to the
    clause a speech verb reports, whose subjects name no one; else None."""
    clause = verb.head
    if clause.dep_ in {"acomp", "attr"}:  # "said the vote was flawed and accused X"
        clause = clause.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or verb.lemma_ not in _verbal_acts():
        return None
    said = clause.head
    if said.lemma_ not in SPEECH_VERBS or said.i > verb.i:
        return None
    reported = subjects(clause)
    if not reported or not all(_names_no_one(t) for t in reported):
        return None
    return subjects(said) or None


def _names_no_one(t: Token) -> bool:
    return t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() not in AGENT_NOUNS
