"""Denials of a charge: "X denied the charge", "denied accusations by Y that ...",
"the allegations were denied by X". The directed verb reading leaves them out: the
charge is no target of X's (the accusation is the accuser's act against X, found by
its own noun or verb), and X's stand against whoever made it is read by
:mod:`kg.extract.answered_charges`. So is rejecting or dismissing a charge or
criticism: "X rejected criticism from Y", "dismissed accusations by Y that ..." (Y
against X, kg.extract.responses; X against Y, answered_charges). Answering back is
read here as before: "rebutted Y's charge", "dismissed the attack", "rejected Y's
offer", "shrugged off claims from Y". A charge may be told by its deed ("denied fraud
at Norbank", "denies Norbank fraud", "dismissed the Norbank fraud claims"), whose
name before it is the scene or the accused (:mod:`kg.extract.charged_deeds`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.charged_deeds import charged_deed
from kg.extract.mood_frames import DENIED_NOUNS
from kg.extract.passives import acted_on

_DENYING = frozenset({"deny"})
_REJECTING = frozenset({"reject", "dismiss"})
# What is rejected as a denial: a charge or a reproach, not a claim, an offer or an attack.
_REJECTED_CHARGES = frozenset(
    {"charge", "accusation", "allegation", "criticism", "condemnation", "rebuke", "censure"}
)
# "rejected Y's claims to the islands": a claim on land, not a charge
_LAID_CLAIM = frozenset({"to", "over", "on"})


def denies_charge(verb: Token, passive: bool) -> bool:
    """``verb`` denies a charge, accusation or allegation (its object or, passive, its
    subject), or rejects or dismisses one or a criticism."""
    held = acted_on(verb, passive)
    if verb.lemma_ in _REJECTING:  # "rejected the Chile bribery claims", not "Chile's fraud"
        return any(o.lemma_.lower() in _REJECTED_CHARGES
                   or (o.lower_ in DENIED_NOUNS and charged_deed(o)) for o in held)  # fmt: skip
    return verb.lemma_ in _DENYING and any(
        (o.lower_ in DENIED_NOUNS and not (o.lemma_ == "claim" and g.prep_objects(o, _LAID_CLAIM)))
        or charged_deed(o)  # "denies Norbank fraud", "denied any wrongdoing"
        for o in held
    )
