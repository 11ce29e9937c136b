"""What a "for" phrase on a verb of condemning or punishing says about the act it names.

A condemnation "for" a deed of coercion takes the deed as done: "the EU
condemned Belarus for jailing Z", "X criticised Egypt for detaining Z", "Y was
rebuked by X for expelling Z" tell that Belarus jailed Z, that Egypt detained Z,
that Y expelled Z. A word or an attack held against someone stays the critic's
charge ("criticised Peru for insulting Z", "... for attacking Z"), as do "accused X of
..." and "blamed X for ..." (the doer is what is charged). A prosecution "for" an
act tells only the charge ("Z was charged for insulting Y", "indicted for attacking
Y"); a verdict tells the deed as found ("Z was jailed for murdering Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.triggers import trigger
from kg.records import EventKind

# Verbs of condemning whose "for" phrase presupposes the deed.
_CONDEMNING = frozenset(
    "condemn denounce criticise criticize rebuke censure slam reprimand deplore".split()
)
# Verbs of prosecuting whose "for" phrase names only the charge (a verdict, "jailed for
# murdering X", "convicted for hacking Y", tells the deed as the court found it).
_PUNISHING = frozenset("prosecute try charge indict arrest detain".split())
# CAMEO roots of deeds (not words): protest in the street, cut ties, coerce, assault, fight.
DEED_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# Those a condemnation takes as done: cutting ties and coercion (expelling, arresting,
# jailing, hacking), acts of a state's own officers; an attack held against a side
# stays the critic's charge ("criticised Peru for attacking Bolivia").
_CONDEMNED_ROOTS = frozenset({"16", "17"})


def _for_phrase_host(act: Token) -> Token | None:
    """The verb whose "for" phrase holds the gerund ``act``, if any."""
    prep = act.head
    if act.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    host = prep.head
    return host if host.pos_ in {"VERB", "AUX"} else None


def condemned_deed(act: Token) -> bool:
    """``act`` is a deed of force or coercion that a condemnation is "for"."""
    host = _for_phrase_host(act)
    if host is None or host.lemma_ not in _CONDEMNING:
        return False
    return deed_verb(act, _CONDEMNED_ROOTS)


def deed_verb(verb: Token, roots: frozenset[str] = DEED_ROOTS) -> bool:
    """``verb`` is a trigger of a conflict deed whose CAMEO root is in ``roots`` (by
    default any deed, not words: force, coercion, cutting ties, street protest)."""
    row = trigger(verb.lemma_.lower(), "verb")
    return row is not None and row.kind is EventKind.CONFLICT and row.cameo[:2] in roots


def punished_act(act: Token) -> bool:
    """``act`` is what someone is punished "for": a charge, not a told deed."""
    host = _for_phrase_host(act)
    return host is not None and host.lemma_ in _PUNISHING
