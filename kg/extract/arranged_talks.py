"""Talks to come: "Ruiz hails Chile-Peru talks deal", "Peru-Chile talks date set".

A headline's deal, date or timetable for talks, and talks agreed, set or planned, open
talks that have not been held yet, so the meeting the noun names is prospective
(the agreement itself may still be cooperation): "Kenya and Uganda agree talks", and
the headline's passive without "were", "EU-Chile trade talks agreed" (in a body, "the
meeting arranged last month between A and B went well" was held). Talks held,
resumed or ended are told as held ("Chile-Peru talks end in deadlock", "Chile and
Peru hold border talks"), and so is a deal reached "at" or "in" talks. The words
that arrange are data (``data/arranged-talks.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.headline_names import headline_start
from kg.language.lexicon import listed_words
from kg.language.talks import MEETING_NOUNS

_WORDS = listed_words("arranged-talks.txt", package="kg.extract")
_FOR_TALKS = _WORDS["nouns"]  # "talks deal", "summit date"
_ARRANGING = _WORDS["verbs"]  # "agreed talks", "talks agreed"
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj"})  # (a headline drops the "were")


def arranged_talks(noun: Token) -> bool:
    """Whether the meeting noun ``noun`` names talks a deal or a date is for, or
    talks arranged (see the module docstring)."""
    if noun.lower_ not in MEETING_NOUNS:
        return False
    head = noun.head
    at = headline_start(noun.doc)
    if noun.dep_ == "compound" and head.lower_ in _FOR_TALKS:
        # "hails Chile-Peru talks deal" in a headline; a body's "the talks deal reached
        # in Lima" is what the talks reached
        return at is not None and noun.idx >= at and not any(
            c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children
        )
    if head.lemma_ not in _ARRANGING or head.pos_ not in {"VERB", "AUX"}:
        return False
    if noun.dep_ == "dobj":
        return True  # "Kenya and Uganda agree talks"
    # the headline's "EU-Chile trade talks agreed", "talks set" (a past form with the
    # talks for subject and no object of its own; in a body "the meeting arranged last
    # month between A and B went well" is one held)
    return (
        at is not None
        and noun.idx >= at
        and noun.dep_ in _PASSIVE_SUBJECTS
        and head.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep"} for c in head.children)
    )


__all__ = ["arranged_talks"]
