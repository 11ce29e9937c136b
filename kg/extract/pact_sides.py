"""Sides of a pact that a noun phrase or an adjunct tells, where the pact names
them only in part.

* A possessed pact whose "with" the parser hangs on the verb over it: "critics
  attacked Chile's deal with Peru" (Chile and Peru made the deal; the critics did not).
* A pact, told as made, under which one side acts on the other: "Sweden will pay
  Ghana to take back migrants under a deal signed last year", "Under an accord
  announced on Friday, Niger will supply uranium to France" (the pact exists; a
  proposed or negotiated one does not: "under a deal still being discussed").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.event_words import SPEECH_VERBS

# Pact nouns whose owner and partner are the two sides.
PACT_NOUNS = frozenset("agreement deal pact treaty accord partnership alliance memorandum".split())
# Participles that tell a pact as made: "a deal signed last year".
_MADE = frozenset("sign announce agree reach strike conclude seal ink finalise finalize".split())
# Verbs of talking something over, whose "with" is who one talks to.
_TALKING = frozenset("discuss raise debate negotiate renegotiate review broach explore".split())
# Possessive pronouns: "its deal with X" is the subject's own.
_OWN = frozenset("its their his her our my your".split())


def possessed(pact: Token) -> bool:
    """Whether a named owner, not a pronoun, possesses the pact: "the government's
    deal", "Chile's accord"."""
    return any(c.dep_ == "poss" and c.lower_ not in _OWN for c in pact.children)


def hung_partners(ctx: Context, pact: Token) -> list[str]:
    """ "attacked Chile's deal with Peru": the parser hangs the pact's "with" on the
    verb right after the possessed pact; it names the owner's partner (not after a
    verb of talking: "raised Chile's deal with Peru")."""
    if pact.lemma_.lower() not in PACT_NOUNS or pact.dep_ != "dobj" or not possessed(pact):
        return []
    verb = pact.head
    if verb.lemma_ in SPEECH_VERBS or verb.lemma_ in _TALKING:
        return []  # "raised Chile's deal with Peru": Peru is who it was raised with
    return [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            and c.i == pact.right_edge.i + 1 for o in c.children if o.dep_ == "pobj"
            for k in g.actors_of(ctx, o)]  # fmt: skip


def _made(pact: Token) -> bool:
    """Whether a participle after the pact tells it as made ("a deal announced on
    Thursday"), not as planned ("a deal being discussed")."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MADE
        and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)
        for c in pact.children
    )  # fmt: skip


def acting_sides(ctx: Context, pact: Token) -> tuple[list[str], list[str]]:
    """ "A will pay B to resettle people under a deal announced on Thursday": the
    subject of the clause the "under" phrase hangs on (or of the verb that clause
    is the purpose of) and whom it acts on (its object, or who it gives "to")."""
    if pact.dep_ != "pobj" or pact.head.lower_ != "under" or not _made(pact):
        return [], []
    verb = pact.head.head
    if verb.pos_ != "VERB" or any(c.dep_ == "amod" for c in pact.children):
        return [], []  # "under a proposed deal announced ...": not yet made
    for _ in range(2):
        subjects = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
        objects = [k for o in [*g.direct_objects(verb), *g.prep_objects(verb, {"to"})]
                   for k in g.actors_of(ctx, o)]  # fmt: skip
        if subjects and objects:
            return subjects[:1], objects[:1]
        if verb.dep_ not in {"advcl", "xcomp"} or verb.head.pos_ != "VERB":
            break
        verb = verb.head  # "pay B to resettle people under ...": the paying
    return [], []
