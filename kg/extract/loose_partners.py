"""Parties of a meeting noun that the parser hangs away from it (for
:mod:`kg.extract.meeting_nouns` and :mod:`kg.extract.call_nouns`):

- a "with" hung on the meeting's place: "A's meeting at the palace with B";
- a "with" left empty, its partner read as a second subject of the verb: "A's talks
  in Rome on Tuesday with B focused on trade" (the parser makes B the subject);
- the sides of a copula: "the call was between A and B";
- talks told as held by a participle under a verb of the future: "the A-B talks held
  in Oslo will be followed by a summit" (held: the summit is what is to come);
- the holder of talks in an "after" clause of a passive: "the deal was signed by A
  after talks with B collapsed" (A had the talks, and they did take place), and the
  speaker who says a thing followed talks (:mod:`kg.extract.told_talks`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.told_talks import speaker_held
from kg.language.lexicon import SUBJECT_DEPS

# Prepositions that set a meeting in a place or time: "at the palace", "in Rome"
_SETTING = frozenset({"at", "in", "on"})
# Named places and times a meeting is set in ("in Paris", "on Friday")
_PLACES_AND_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Participles that tell of talks as held: "the talks held in Oslo"
_HELD = frozenset({"hold", "conduct"})
# Clause openers after which talks have taken place before the main verb's deed
_AFTER = frozenset({"after", "following"})


def loose_partners(noun: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Partners of ``noun`` the parser did not hang under it."""
    return _stranded(noun, preps) + _on_the_place(noun, preps) + copula_sides(noun)


def _on_the_place(noun: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """ "A's meeting at the chancellery with B": the "with" hung on the place (or
    time) of the meeting rather than on the meeting."""
    if "with" not in preps:
        return []
    places = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in _SETTING
              for o in c.children if o.dep_ == "pobj" and _a_setting(c, o)]  # fmt: skip
    return [o for p in places for c in p.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"]  # fmt: skip


def _stranded(noun: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """ "A's talks in Rome with B focused on migration": the "with" has no object, and
    the name right after it is read as another subject of the verb ``noun`` is the
    subject of."""
    if noun.dep_ not in SUBJECT_DEPS:
        return _with_clause(noun) if noun.dep_ == "ROOT" else []
    found = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or "with" not in preps:
            continue
        if any(c.dep_ == "pobj" for c in prep.children) or prep.i + 1 >= len(noun.doc):
            continue
        head = noun.doc[prep.i + 1]
        while head.dep_ in {"compound", "amod", "det", "poss", "nmod"} and head.head.i > head.i:
            head = head.head
        if head.dep_ in SUBJECT_DEPS and head.head.i == noun.head.i and head.i > prep.i:
            found.append(head)
    return found


def _with_clause(noun: Token) -> list[Token]:
    """ "A's meeting on Friday with B ended in agreement": the parser reads "with" as
    opening a clause on the noun whose subject is B."""
    return [s for c in noun.children if c.dep_ == "advcl" and c.i > noun.i
            for m in c.children if m.dep_ == "mark" and m.lower_ == "with"
            for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == m.i + 1]  # fmt: skip


def _a_setting(prep: Token, obj: Token) -> bool:
    """ "at the chancellery", "in Paris", "on Friday" - not a topic ("talks on ties
    with China": China is what the ties are with)."""
    if prep.lower_ == "at":
        return obj.ent_type_ != "PERSON"
    return obj.ent_type_ in _PLACES_AND_TIMES


def copula_sides(noun: Token) -> list[Token]:
    """ "The call was between A and B": the sides after "between" on the copula whose
    subject the noun is."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return []
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}
            for o in c.children if o.dep_ == "pobj"]  # fmt: skip


def held_participle(noun: Token) -> Token | None:
    """ "The A-B talks held in Oslo on Monday will be followed by a summit": the
    participle that tells of the talks as held, on a noun that is the subject of
    another verb (whose mood is not the talks')."""
    if noun.dep_ not in SUBJECT_DEPS:
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_ in _HELD and not g.agents(c)), None)  # fmt: skip


def held_before(ctx: Context, noun: Token) -> list[Token]:
    """ "The deal was signed by A after talks with B collapsed": the talks are the
    subject of an "after" clause; the main clause's actor (the passive's agent when
    its subject is a thing) held them."""
    clause = noun.head
    if noun.dep_ != "nsubj" or clause.dep_ != "advcl":
        return speaker_held(ctx, noun)  # "A said the deal followed talks with B"
    if not any(c.dep_ == "mark" and c.lower_ in _AFTER for c in clause.children):
        return []
    main = clause.head
    subjects = [s for s in g.subjects(main) if g.actors_of(ctx, s)]
    if subjects:
        return subjects
    return g.agents(main) if g.is_passive(main) else []
