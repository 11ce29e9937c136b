"""Nouns for a meeting of sides ("talks", "a summit", "negotiations") and the nouns
that span one ("two days of talks", "a second round of negotiations"), one list each
as data (``data/meeting-nouns.txt``), read once for every rule that asks.

>>> "negotiations" in MEETING_NOUNS and "rounds" in SPAN_NOUNS
True
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

_WORDS = listed_words("meeting-nouns.txt")
MEETING_NOUNS = _WORDS["talks"]
SPAN_NOUNS = _WORDS["span"]
# Verbs whose partner is the one "with" them: "A spoke with B", "A consulted with B".
SPOKEN_WITH = _WORDS["spoken-with"]


def span_of(meeting: Token) -> Token | None:
    """The noun ``meeting`` is spanned by as the object of its "of": "two days of
    talks" (days), "held a second round of negotiations" (round); else None."""
    of = meeting.head
    if meeting.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in SPAN_NOUNS:
        return of.head
    return None
