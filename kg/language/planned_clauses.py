"""Is a sentence told as done or as planned? For "the two leaders", which
looks back to the people named together most recently: "A received B on
Friday. B is due to meet C on Monday. The two leaders agreed ..." are A and B,
not B and C, who have only a meeting ahead of them.

This reads only the main verb of a sentence; what each event's own modality is
the extractors tell (:mod:`kg.extract.modality`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.auxiliaries import FUTURE_AUX

# "is due to meet", "is set to visit", "is expected to hold talks"
_SCHEDULED = {"due", "scheduled", "set", "expected", "slated", "poised", "likely", "planned"}
# "plans to meet", "hopes to visit", "is expected to meet" (with an infinitive)
_PLANNING = {"plan", "expect", "intend", "hope", "aim", "schedule", "prepare", "set"}


def planned_sentence(sent: Span) -> bool:
    """The sentence's main clause is a plan: "B will visit C next week", "B is
    due to travel to D to meet C", "B plans to meet C", "B is to meet C"."""
    root = sent.root
    kids = list(root.children)
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids):
        return True
    if root.lemma_ == "be":
        if any(c.dep_ in {"acomp", "attr"} and c.lower_ in _SCHEDULED for c in kids):
            return True  # "is due to travel"
        if any(c.dep_ == "xcomp" and _to_infinitive(c) for c in kids):
            return True  # "is to meet"
    return root.lemma_ in _PLANNING and any(c.dep_ == "xcomp" for c in kids)


def told_as_done(sent: Span) -> bool:
    """The sentence's main verb tells what happened: "The two leaders agreed",
    "They have signed" (not "will sign", "are expected to sign")."""
    root = sent.root
    if planned_sentence(sent):
        return False
    if root.tag_ == "VBD":
        return True
    return root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in root.children)


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
