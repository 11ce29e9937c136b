"""Memberships told by a noun of entry, by an alliance's "allies", and seats given up.

An entry into a body told by its noun, when the text says it took place: "Sweden's
accession to NATO was completed", "the accession of Croatia to the EU took effect",
"since Latvia's entry into the eurozone", "after Malta's admission to the UN". Not
one only sought, blocked or foreseen ("Georgia's accession to NATO has stalled",
"opposed Sweden's accession", "Ukraine's accession would take years").

An alliance's allies named after it are its members: "NATO allies Poland and
Estonia", "NATO ally Turkey" (a country's allies are partners, not members: "US
allies Japan and Korea"; :func:`alliance_body` says which bodies are alliances).

A seat or membership given up has ended ("Armenia renounced its membership of the
CSTO": :func:`given_up_seats`); one frozen or suspended is neither current nor over
(:func:`held_back_seat`: "Armenia froze its membership of the CSTO" gives nothing).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.records import Modality

Candidate = tuple[str, str, list[Token], float]  # member, body, tokens, confidence
_BODIES = ("org/", "group/", "agreement/")
# nouns of a member's entry into a body
_ENTRY_NOUNS = frozenset({"accession", "entry", "admission", "readmission", "induction"})
# verbs whose subject is an entry that has taken place ("was completed", "took effect")
_DONE = frozenset({"complete", "finalise", "finalize", "formalise", "formalize", "seal",
                   "conclude"})  # fmt: skip
# verbs whose object is an entry that has taken place ("completed / marked its accession")
_DOING = frozenset({"complete", "finalise", "finalize", "formalise", "formalize", "seal",
                    "celebrate", "mark"})  # fmt: skip
# prepositions that date something after an entry that took place ("since its accession")
_AFTER = frozenset({"since", "after", "following", "upon"})
# verbs that give up a seat or a membership, and those that only hold one back
_GIVING_UP = frozenset({"renounce", "relinquish", "end", "terminate", "lose", "forfeit",
                        "abandon", "surrender", "cancel", "revoke"})  # fmt: skip
_HOLDING_BACK = frozenset({"freeze", "suspend"})
# words that name an alliance or a union of states, at the end of its name
_ALLIANCE_WORDS = frozenset({"alliance", "treaty", "organization", "organisation", "pact",
                             "union", "league", "community", "council", "bloc"})  # fmt: skip


def entries(ctx: Context) -> Iterator[Candidate]:
    """Every membership a noun of entry that took place gives."""
    for token, _, low, pos in ctx.scan():
        if low in _ENTRY_NOUNS and pos == "NOUN" and _took_place(ctx, token):
            yield from _entry(ctx, token)


def _took_place(ctx: Context, noun: Token) -> bool:
    head = noun.head
    if (noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ in _DONE) or (
        noun.dep_ == "dobj" and head.lemma_ in _DOING
    ):
        verb = head
    elif (noun.dep_ == "pobj" and head.lower_ in _AFTER and head.dep_ == "prep") or (
        noun.dep_ == "dobj" and head.lower_ == "following"  # read as a verb
    ):
        verb = head.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
            return False  # "after its accession, X will ..." is still to come
    else:
        return False
    return not g.negated(verb) and g.modality(ctx, verb) is Modality.ASSERTED


def _entry(ctx: Context, noun: Token) -> Iterator[Candidate]:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    bodies = g.prep_objects(noun, {"to", "into"})
    if not owners:  # "the accession of Croatia to the EU"
        owners = g.prep_objects(noun, {"of"})
    groups = [k for b in bodies for k in g.actors_of(ctx, b) if k.startswith(_BODIES)]
    for owner in owners:
        for member in g.actors_of(ctx, owner):
            if member.startswith(("country/", "org/")):
                for group in groups:
                    if group != member:
                        yield member, group, [owner, noun], 0.75


def body_before(ctx: Context, noun: Token) -> str | None:
    """The body named right before a member noun ("EU" in "Poland's fellow EU member
    Hungary", a name inside the longer description of Poland); before "allies", only
    an alliance or union of states: an acronym ("NATO") or a name ending in a word of
    alliance ("the Warsaw Pact", "the African Union")."""
    for mention in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(mention.id)
        if mention.end != noun.i or key is None or not key.startswith(("org/", "group/")):
            continue
        words = mention.text.split()
        if noun.lower_ not in {"allies", "ally"} or (
            key.startswith("org/")
            and ((len(words) == 1 and words[0].isupper()) or words[-1].lower() in _ALLIANCE_WORDS)
        ):
            return key
    return None


def held_back_seat(noun: Token) -> bool:
    """A membership the verb over it freezes, suspends or gives up: no current one
    ("has not ended its membership" leaves it as it was)."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_ in _HOLDING_BACK | _GIVING_UP and not g.negated(verb)


def given_up_seats(ctx: Context) -> Iterator[Candidate]:
    """ "X renounced its membership of Y", "X lost its seat on the council": memberships
    that ended (the owner's, of the body after "of", "on" or "in")."""
    for token, _, low, _ in ctx.scan():
        if low not in {"membership", "seat"} or token.dep_ != "dobj":
            continue
        verb = token.head
        if verb.lemma_ not in _GIVING_UP or g.negated(verb):
            continue
        if g.modality(ctx, verb) is not Modality.ASSERTED:
            continue
        preps = {"of", "on", "in"} if low == "membership" else {"on", "in", "at"}
        groups = [k for o in g.prep_objects(token, preps) for k in g.actors_of(ctx, o)
                  if k.startswith(_BODIES)]  # fmt: skip
        owners = [c for c in token.children if c.dep_ == "poss"]
        for owner in owners:
            for member in g.actors_of(ctx, owner):
                if member.startswith(("country/", "org/")):
                    for group in groups:
                        yield member, group, [owner, token], 0.75
