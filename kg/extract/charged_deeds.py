"""Charges named by the deed they charge: "X denied fraud at Norbank", "X denies Norbank
fraud", "X rejected the Chile bribery allegations", "X dismissed claims of Peru price
fixing". A name compounded before the deed (or before a charge that names one) and the
place an "at" phrase gives are where the wrong was done or who is said to have done it,
never whoever made the charge, so denying or rejecting it opposes no one of them. The
maker is named by a possessive or a "by" or "from" phrase ("X rejected Chile's
allegations", "accusations by Chile of bribery", "the fraud claims made by Norbank"),
which :mod:`kg.extract.answered_charges` reads as before. A court is where a charge is
brought, not a scene: "charges of fraud at the International Criminal Court".

The deed nouns (and pairs such as "price fixing") and the court words are data
(``data/charge-words.txt``, rows ``deed`` and ``court``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.lexicon import listed_words

_WORDS = listed_words("charge-words.txt", package="kg.extract")
_DEEDS = frozenset(w for w in _WORDS["deed"] if "+" not in w)
# "price fixing" -> the head "fixing" and the word before it (or before its hyphen)
_PAIRED = frozenset(tuple(w.split("+", 1)) for w in _WORDS["deed"] if "+" in w)
_PAIR_HEADS = frozenset(head for _, head in _PAIRED)
_CHARGE_NOUNS = _WORDS["accusation"]
_COURT_WORDS = _WORDS["court"]


def names_deed(noun: Token) -> bool:
    """``noun`` names a wrongdoing one is charged with: "fraud", "bribery", "any
    wrongdoing", "price fixing", "price-fixing", "insider trading"."""
    lower = noun.lower_
    if lower in _DEEDS or noun.lemma_.lower() in _DEEDS:
        return True
    if lower not in _PAIR_HEADS or noun.i == 0:
        return False
    before = noun.doc[noun.i - 1]
    if before.text == "-" and noun.i > 1:  # "price-fixing" split at its hyphen
        before = noun.doc[noun.i - 2]
    return (before.lower_, lower) in _PAIRED


def charged_deed(noun: Token) -> bool:
    """``noun`` is a charge told by its deed: the deed itself ("denied the Norbank
    fraud") or a charge, claim or allegation that names one before it or in its "of"
    phrase ("the Chile bribery charges", "claims of Peru price fixing")."""
    return names_deed(noun) or deed_charge(noun)


def deed_charge(noun: Token) -> bool:
    """``noun`` is a charge, claim or allegation that names its deed before it or in its
    "of" phrase ("the Chile bribery charges", "claims of Peru price fixing"), so a name
    compounded before it is not whoever made it (a deed itself may be its doer's: "X
    condemned the Norbank fraud")."""
    return noun.lower_ in _CHARGE_NOUNS and any(_carries_deed(c) for c in noun.children)


def _carries_deed(child: Token) -> bool:
    if child.dep_ in {"compound", "amod", "nmod"} and child.i < child.head.i:
        return names_deed(child)  # "the fraud claims", "Peru price-fixing allegations"
    if child.dep_ == "prep" and child.lower_ == "of":
        return any(names_deed(o) for o in child.children if o.dep_ == "pobj")
    return False


def scene_of_deed(ctx: Context, noun: Token, place: Token) -> bool:
    """``place``, in an "at" phrase of the charge ``noun``, is where the deed it charges
    was done ("allegations of fraud at Norbank"), not a court the charge was brought
    at ("charges of fraud at the International Criminal Court")."""
    if not charged_deed(noun):
        return False
    key = ctx.actors.at(place.i)
    actor = ctx.actors.actors.get(key) if key else None
    names = {w.lower() for w in (actor.name.split() if actor else ())}
    names |= {t.lower_ for t in place.subtree}
    return not names & _COURT_WORDS
