"""Denials of a charge: "X denied the charge", "denied accusations by Y that ...",
"the allegations were denied by X". Denying a charge is a statement of one's
innocence, not a stand against the accuser (the accusation is the accuser's act
against X, found by its own noun or verb). Answering back is still one: "rebutted
Y's charge", "dismissed Y's criticism", "rejected Y's offer" (kg.extract.responses).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.mood_frames import DENIED_NOUNS
from kg.extract.passives import acted_on

_DENYING = frozenset({"deny"})
# "rejected Y's claims to the islands": a claim on land, not a charge
_LAID_CLAIM = frozenset({"to", "over", "on"})


def denies_charge(verb: Token, passive: bool) -> bool:
    """``verb`` denies a charge, accusation or allegation (its object or, passive, its
    subject)."""
    return verb.lemma_ in _DENYING and any(
        o.lower_ in DENIED_NOUNS and not (o.lemma_ == "claim" and g.prep_objects(o, _LAID_CLAIM))
        for o in acted_on(verb, passive)
    )
