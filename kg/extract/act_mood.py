"""The mood of an act named by a noun, read from the noun and what governs it: "a
possible recall" and "the lifting of sanctions is expected" are planned, "called for
the reopening of its embassy" is asked for, "is considering the easing of the embargo"
is weighed, "there was no suspension of aid" is denied.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.mood_frames import noun_mood
from kg.extract.sought import asking_verb, wanted_not_done
from kg.language.event_words import PLAN_HEADS
from kg.records import Event, Modality

# Verbs that weigh an act without doing it: "is mulling the recall of its envoy".
WEIGHING = frozenset({"weigh", "mull", "contemplate", "discuss", "debate", "study"})


def act_noun_mood(
    noun: Token,
    *,
    weighing: frozenset[str] = frozenset(),
    held_by: frozenset[str] = frozenset({"dobj"}),
) -> tuple[bool, bool]:
    """(planned, denied) for the act ``noun`` names: planned when the noun's own mood
    says so, when it is sought, asked for, or the ``held_by`` argument of a verb that
    plans or (``weighing``) weighs it; denied when the noun's mood denies it."""
    prospective, denied = noun_mood(noun)
    planned = prospective or wanted_not_done(noun) or asking_verb(noun) is not None
    planned = planned or (noun.dep_ in held_by and noun.head.lemma_ in PLAN_HEADS | weighing)
    return planned, denied


def in_mood(events: Iterable[Event], planned: bool, denied: bool) -> Iterator[Event]:
    """``events`` made planned and negated as their noun's mood says."""
    for e in events:
        yield replace(e, modality=Modality.PLANNED if planned else e.modality,
                      negated=e.negated or denied)  # fmt: skip
