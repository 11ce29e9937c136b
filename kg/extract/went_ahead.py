"""Whether a meeting or visit a noun names went ahead, as the rest of its clause tells.

``carried_out``: a meeting once put off that the clause says was held ("held the
postponed talks", "the delayed summit took place on Monday"); ``never_began``: one
that ended before it started ("talks collapsed before they began", "the summit broke
down before it got under way"); ``hearsay_noun``: one only rumoured or reported ("the
rumoured talks between A and B", "reports of a meeting between A and B").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.hearsay import HEARSAY_ADJECTIVES, hearsay_head
from kg.extract.mood_frames import postponed
from kg.records import Event, Modality

# Verbs that tell a meeting or visit once put off took place: "paid the planned visit to
# Y", "held the postponed talks", "the long-delayed trip began" (and "took place").
_CARRIED_OUT = frozenset({"make", "pay", "begin", "start", "end", "conclude", "complete",
                          "hold", "open", "resume", "attend"})  # fmt: skip
# What starting is called: "before they began", "before it got under way".
_STARTING = frozenset({"begin", "start", "open", "commence"})


def carried_out(noun: Token) -> bool:
    """The clause tells the event took place: "made the planned visit to Y", "held
    the postponed talks", "the long-delayed trip began", "the delayed visit took place"
    (a verb with a tense, not "will hold the postponed talks": the clause's own mood
    then says when)."""
    head = noun.head
    if head.tag_ not in {"VBD", "VBN", "VBZ", "VBP"} or noun.dep_ not in {"dobj", "nsubj"}:
        return False
    if noun.dep_ == "nsubj":  # "the delayed talks began": not "the delayed talks angered X"
        return head.lemma_ in _CARRIED_OUT - {"make", "pay", "hold", "attend"} or _took_place(head)
    return head.lemma_ in _CARRIED_OUT


def still_off(noun: Token, off: Token | None) -> Token | None:
    """``off``, the word that puts off or calls off the event ``noun`` names, unless
    it only calls it once put off and the clause says it was held: "held the postponed
    talks", "the delayed summit took place" (not "postponed the talks")."""
    if off is not None and off.dep_ == "amod" and postponed(off) and carried_out(noun):
        return None
    return off


def _took_place(verb: Token) -> bool:
    """ "took place", "went ahead", "got under way"."""
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if verb.lemma_ == "go":
        return any(c.dep_ in {"advmod", "prt"} and c.lower_ == "ahead" for c in verb.children)
    return verb.lemma_ == "get" and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "way" for o in c.children)
        for c in verb.children
    )


def never_began(noun: Token) -> bool:
    """The event, subject of its clause, ended before it began: "talks between A and B
    collapsed before they began", "the summit broke down before it got under way",
    "the meeting was called off before it could start" (not "talks collapsed before
    the vote began": another event)."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    for clause in noun.head.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "before" for c in clause.children
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if (
            subjects
            and all(s.lower_ in {"it", "they"} for s in subjects)
            and (clause.lemma_ in _STARTING or _took_place(clause))
        ):
            return True
    return False


def hearsay_noun(noun: Token) -> bool:
    """The event is named as only rumoured or reported: "the rumoured talks", "an
    alleged meeting", "reports of a meeting between A and B", "rumours of talks"."""
    if any(c.dep_ == "amod" and c.lower_ in HEARSAY_ADJECTIVES for c in noun.children):
        return True
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ in {"of", "about"} and hearsay_head(prep.head)
    )


def as_told(event: Event, noun: Token, denied: bool) -> Event:
    """``event``, named by ``noun``, negated when it is denied or never began and
    alleged when it is only rumoured or reported."""
    mood = event.modality
    if mood is Modality.ASSERTED and hearsay_noun(noun):
        mood = Modality.ALLEGED
    negated = event.negated or denied or never_began(noun)
    return replace(event, modality=mood, negated=negated)
