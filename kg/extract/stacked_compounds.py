"""A name stacked far before its head noun names what the noun is about, not whose it is.

Headlines pile nouns up: "Ruiz rejects Chile arms deal calls" (calls for the Chile
arms deal), "Lind slams Peru tax plan report" (a report on Peru's tax plan),
"Minister backs Kenya aid cut review". A name compounded before a noun of what
something is about (a report, a review, a leak; or a call, a demand, a claim when the
name is a place, since before those a body or a person is who speaks: data,
``data/topic-nouns.txt``) with two common nouns or more between them modifies the
nearer compound, not the head, so it is no owner of the head and no party of what
is done to it. One noun between still names the owner ("Chile spending plans", "a
PKK weapons factory"), and so does a possessive at any distance ("Chile's arms deal
calls") and any stack before a thing ("a Houthi missile launch pad").

Nor is a name before a deed someone denies its owner: "Ebbers denies WorldCom
fraud" (fraud at the firm, which Ebbers denies committing) and "Chile denies Peru
raid" reject no one; a possessive still names whose charge or claim is denied, and
a charge denied is read apart (:mod:`kg.extract.denials`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.mood_frames import DENIED_NOUNS
from kg.extract.triggers import trigger
from kg.language.lexicon import listed_words

_WORDS = listed_words("topic-nouns.txt", package="kg.extract")
_TOPIC_NOUNS = _WORDS["topic"]
_SPEECH_NOUNS = _WORDS["speech"]  # (a place stacked before them only)
_PLACES = {"GPE", "LOC"}
# Common nouns between a name and its head that make the name the nearer noun's.
_STACKED = 2
_NOUNISH = frozenset({"NOUN", "VERB"})  # ("spending" is tagged a verb in "spending plans")


def stacked(ctx: Context, name: Token, head: Token) -> bool:
    """Whether the name ``name`` stands before ``head``, a noun of what something is
    about, with two common nouns or more between them (words of names, of the name
    itself and punctuation not counted)."""
    if head.lower_ not in _TOPIC_NOUNS and not (
        head.lower_ in _SPEECH_NOUNS
        and (name.ent_type_ in _PLACES or (ctx.actors.at(name.i) or "").startswith("country/"))
    ):
        return False  # "IMF debt relief demands": the IMF demands
    between = ctx.doc[name.i + 1 : head.i]
    nouns = [t for t in between if t.pos_ in _NOUNISH and not ctx.actors.at(t.i)]
    return name.i < head.i and len(nouns) >= _STACKED


def denied_deed(noun: Token) -> bool:
    """Whether ``noun`` is the object of "deny" (whose compounded name is no owner),
    not a thing denied to someone, which the trigger table reads with its verb
    ("denied UN inspectors visas")."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_ == "deny"
        and noun.lower_ not in DENIED_NOUNS  # "Chile denies Peru claims": Peru's
        and trigger(f"deny {noun.lemma_}", "verb") is None
    )


__all__ = ["denied_deed", "stacked"]
