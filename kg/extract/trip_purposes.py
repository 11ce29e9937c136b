"""Journeys made to meet someone: "flew to Lima to meet X", "travelled to Rome to
hold talks with X", "was in Quito on Monday to meet X". A journey told as done (a
simple past) whose purpose is a meeting tells the meeting too: the traveller went
to see the partner and, unless the sentence says otherwise ("..., but the talks
were called off"), did. A present or future journey keeps its purpose an aim ("is
in Lima to meet X on Tuesday", "is visiting Quito to meet X", "will fly to Rome to
meet X"), as does any purpose that is not a meeting ("flew to Lima to sign a deal").

``be`` with somewhere to be ("was in Ankara", "is here") is a journey's stay, so its
infinitive is a purpose, not the "is to meet" of something due.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import triggers
from kg.records import EventKind

# Kinds of event a journey's purpose must name to be told with it.
_MEETING_KINDS = frozenset({EventKind.MEETING, EventKind.NEGOTIATION})
# Verbs that hold a meeting their object names: "to hold talks with X".
_HOLDING = frozenset({"hold", "have", "conduct"})
# Prepositions of being somewhere: "was in Lima", "is at the summit".
_BEING_AT = frozenset({"in", "at"})
# Adverbs of being somewhere: "was there to meet X", "is here for talks".
_PLACES = frozenset({"here", "there"})
# Words after a journey's purpose that say it came to nothing or was not the end of
# it: "..., but the talks were called off", "..., only to be turned away".
_CONTRARY = frozenset({"but", "yet", "although", "though", "however", "only", "instead"})


def stay_somewhere(verb: Token) -> bool:
    """ "was in Ankara", "is here": ``be`` telling where someone is."""
    if verb.lemma_ != "be":
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in _BEING_AT and any(o.dep_ == "pobj" for o in c.children))
        or (c.dep_ == "advmod" and c.lower_ in _PLACES)
        for c in verb.children
    )


def met_on_the_trip(journey: Token, purpose: Token, verb: Token) -> bool:
    """``verb``, the purpose infinitive ``purpose`` of ``journey``, is a meeting the
    journey, told as done, tells too: "flew to Lima to meet X", "was in Quito to hold
    talks with X" (not "is in Lima to meet X", "flew to Lima to sign a deal", "flew to
    Lima to meet X, but the talks were called off")."""
    if verb.i != purpose.i or journey.tag_ != "VBD" or not _meeting(purpose):
        return False
    if any(c.dep_ == "neg" for c in (*journey.children, *purpose.children)):
        return False
    return not any(t.lower_ in _CONTRARY for t in journey.doc[journey.i + 1 : journey.sent.end])


def _meeting(verb: Token) -> bool:
    """ "to meet X", "to confer with X", "to hold talks with X"."""
    trig = triggers.trigger(verb.lemma_, "verb")
    if trig is not None and trig.kind in _MEETING_KINDS and trig.frame == "mutual":
        return True
    if verb.lemma_ not in _HOLDING:
        return False
    for obj in verb.children:
        held = triggers.trigger(obj.lower_, "noun") if obj.dep_ == "dobj" else None
        if held is not None and held.kind in _MEETING_KINDS:
            return True
    return False
