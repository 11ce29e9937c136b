"""Judicial cooperation between states (CAMEO 063) told other than by a verb of
extraditing with a "to" phrase.

Someone held or handed over at a state's request: "At the request of X, Y arrested Z",
"Y deported Z at X's request", "Acting on a request from X, Y's police detained Z", "Y
arrested Z on a warrant issued by X" or "on a Spanish warrant". Who holds cooperates with
who asked; only a country asks ("at the request of the court" or "of his lawyers" names
no state), and a request for custody ("sent a letter at X's request") holds no one.

An extradition named by its noun, from one state to another, that took place: "The
extradition of Z from Y to X was completed", "Y's extradition of Z to X angered ...".
Not one asked for, fought or stopped ("demanded the extradition of Z from Y": a demand,
read elsewhere; "Z's extradition to X was blocked"), nor one to come ("will be").

A suit dropped or withdrawn is no legal action (``no_suit``): "X dropped its case
against Y". One brought before a body whose name the parser gives the "against" phrase is
brought against what that phrase names (``sued_before``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.modifier_owners import owning_words
from kg.extract.senses import sense
from kg.extract.triggers import Trigger
from kg.records import Event, EventKind

# Verbs of taking or giving up custody of someone.
_CUSTODY = frozenset("""
    arrest detain apprehend extradite deport expel repatriate hand surrender transfer
    """.split())  # fmt: skip
_JUDICIAL = sense("cooperate", "063")
# What a state asks custody by: "at X's request / behest", "on a warrant issued by X".
_ASKED_FOR = frozenset({"request", "behest", "bidding", "warrant"})
# Verbs that say an extradition named as their subject did not (yet) happen.
_STOPPED = frozenset("""
    block halt stop delay postpone suspend prevent bar oppose reject refuse overturn cancel
    challenge fight resist seek request demand ask want sought approve order appeal
    """.split())  # fmt: skip


def judicial_cooperation(ctx: Context, extractor: str) -> Iterator[Event]:
    yield from _requested_custody(ctx, extractor)
    yield from _extradition_nouns(ctx, extractor)


def _requested_custody(ctx: Context, extractor: str) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if lemma not in _ASKED_FOR or pos != "NOUN" or token.dep_ != "pobj":
            continue
        prep = token.head
        verb = prep.head
        if verb.lemma_ == "act" and verb.dep_ == "advcl":  # "Acting on a request from X, ..."
            verb = verb.head
        if prep.lower_ not in {"at", "upon", "on", "under"} or verb.pos_ != "VERB":
            continue
        if verb.lemma_ not in _CUSTODY or prep.lower_ == ("at" if lemma == "warrant" else "under"):
            continue  # at or on X's request, on or under X's warrant
        asking = [*owning_words(token),
                  *g.prep_objects(token, {"of", "from"}),  # "at the request of X"
                  *(a for c in g.participles(token) for a in g.agents(c))]  # fmt: skip
        asked_by = [k for a in asking for k in _states(ctx, a)]
        holders = [k for k in doers(ctx, verb) if k not in asked_by]
        yield from make_events(ctx, verb, verb, EventKind.COOPERATION, _JUDICIAL, holders,
                               asked_by, [verb, token], extractor, 0.6)  # fmt: skip


def _extradition_nouns(ctx: Context, extractor: str) -> Iterator[Event]:
    for noun, lemma, _, pos in ctx.scan():
        if lemma != "extradition" or pos != "NOUN":
            continue
        verb = noun.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB":
            continue  # "sought the extradition of Z from Y": asked for, not done
        if verb.lemma_ in _STOPPED:
            continue
        # "the extradition of Z to X": the parser may hang the phrases on Z
        heads = [noun, *g.prep_objects(noun, {"of"})]
        senders = [k for t in [*(c for c in noun.children if c.dep_ == "poss"),
                               *(f for h in heads for f in g.prep_objects(h, {"from"}))]
                   for k in _states(ctx, t)]  # fmt: skip
        takers = [k for h in heads for t in g.prep_objects(h, {"to"}) for k in _states(ctx, t)]
        takers = [k for k in takers if k not in senders]
        if not senders or not takers:
            continue
        yield from make_events(ctx, verb, noun, EventKind.COOPERATION, _JUDICIAL, senders,
                               takers, [noun], extractor, 0.6)  # fmt: skip


# Verbs of giving up a suit: "dropped its case against X", "the case was withdrawn".
_DROPPING = frozenset("drop withdraw abandon settle".split())
# Where a case is brought: "before the court", "at the WTO", "to the tribunal".
_FORUM_PREPS = frozenset({"before", "at", "to", "with", "in"})


def no_suit(noun: Token) -> bool:
    """A suit given up is told as no act of its own ("X dropped its case against Y"), and
    "its" is trusted to name who sues only when the suit is a verb's subject or object
    ("X won its case against Y", "its case was heard"; not "a witness in its case against
    Y", where "its" may take up a body named only as a common noun)."""
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in _DROPPING:
        return True
    pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    return pronoun and noun.dep_ not in {"dobj", "nsubj", "nsubjpass"}


def sued_before(ctx: Context, noun: Token, trig: Trigger, verb: Token | None) -> list[str]:
    """Whom a case is brought against when the parser hangs "against" on the body it is
    brought before: "brought a case before the court against Y", "at the WTO against Y"."""
    if trig.cameo != "115" or "against" not in trig.preps:
        return []
    bodies = [t for h in [noun, verb] if h is not None
              for t in g.prep_objects(h, _FORUM_PREPS) if ctx.actors.at(t.i)]  # fmt: skip
    return [k for b in bodies for t in g.prep_objects(b, {"against"}) for k in targets_of(ctx, t)]


def sued_kinds(ctx: Context, noun: Token, preps: frozenset[str]) -> list[str]:
    """A name the parser hung as a compound on what a suit is against, after a
    participle that really takes it as object: "a lawsuit against those operating X
    servers" (read "those operating" as modifiers of "X servers") is none against X."""
    return [k for h in (noun, noun.head) for t in g.prep_objects(h, preps)
            if not ctx.actors.at(t.i)
            for c in t.children if c.dep_ == "compound"
            and any(m.dep_ == "amod" and m.tag_ in {"VBG", "VBN"} and m.i < c.i
                    for m in t.children)
            for k in g.actors_of(ctx, c)]  # fmt: skip


def _states(ctx: Context, token: Token) -> list[str]:
    return [k for k in g.actors_of(ctx, token) if k.startswith("country/")]
