"""Heads that leave what they govern a charge, not a told act: "accused X of arming Y",
"denied attacking Y", "claimed that X had shelled Y" (what is charged, denied or
claimed). A side's claim to a deed of its own, told in the perfect, owns up to it as
claiming responsibility does: "a group calling itself X claimed to have knocked out
the websites of Y's parliament", "X claimed to have hacked Y's servers" (X struck Y);
not "X claimed to have been attacked by Y" (what was done to X: Y's deed, charged),
nor "X claimed to represent Y" (no deed), nor "X claimed that Y had hacked Z".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.condemned_deeds import deed_verb
from kg.extract.mood_frames import dated_by, done_to_subject

ALLEGING = frozenset({"accuse", "allege", "deny", "suspect", "claim"})
_BELOW = frozenset({"prep", "pcomp", "pobj", "xcomp", "advcl"})


def alleges(head: Token, below: Token, via: str) -> bool:
    """``head`` leaves ``below`` (reached from it along ``via``) a charge."""
    return (
        head.lemma_ in ALLEGING
        and via in _BELOW
        and not done_to_subject(below, via)
        and not dated_by(below, via)  # "..., after A and B clashed"
        and not owned_deed(head, below, via)
    )


def owned_deed(head: Token, below: Token, via: str) -> bool:
    """ "X claimed to have hacked Y": the claimer's own deed of force, in the perfect."""
    if head.lemma_ != "claim" or via != "xcomp" or below.tag_ != "VBN":
        return False
    aux = [c.lower_ for c in below.children if c.dep_ in {"aux", "auxpass"}]
    if "have" not in aux or "been" in aux:
        return False  # "claimed to have been attacked by Y"
    return deed_verb(below)
