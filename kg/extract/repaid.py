"""Whom an act was aimed at, told by who paid it back: "In retaliation for Peru's
seizure of two trawlers, Chile recalled its envoy", "Chile retaliated for Peru's
closure of the border" (Peru's act hit Chile). Only words of paying back say so: an
answer ("in response to Peru's decision, Chile said") may come from a bystander.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# nouns and verbs of paying back a wrong: "in retaliation for", "as a reprisal for"
_REPAYING = frozenset({"retaliation", "reprisal", "retribution", "revenge", "retaliate"})
_REPAYING_KINDS = frozenset({"retaliatory", "reciprocal"})  # "retaliatory tariffs"


def repayers(ctx: Context, noun: Token, agents: list[str]) -> list[str]:
    """Who paid back the act ``noun`` names, when it is what they retaliated for; or,
    for a paying-back act, whose act it paid back."""
    if agents and _paying_back(noun):
        return repaid(ctx, noun, agents)
    if not agents or noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "against"}:
        return []
    word = noun.head.head
    if word.lemma_.lower() not in _REPAYING:
        return []
    payers = [k for c in word.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    if not payers:  # "Chile recalled its envoy in retaliation for ...": the clause's subject
        verb = _clause_verb(word)
        payers = [] if verb is None else [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    if _others_hit(ctx, noun, payers):
        return []  # "in retaliation for X's strikes on Kurdish villages, Y ...": not Y's
    return [k for k in payers if k not in agents]


def _others_hit(ctx: Context, noun: Token, payers: list[str]) -> bool:
    """Whether the act names whose things it hit, and they are not the payers': "strikes
    on Kurdish villages" (not "the seizure of two trawlers", nor "of Estonian diplomats"
    when Estonia pays it back)."""
    hit = [o for o in g.prep_objects(noun, {"on", "against", "of"}) for o in g.conjuncts(o)]
    marks = [c for o in hit for c in o.children
             if c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"}]  # fmt: skip
    return bool(marks) and not any(k in payers for c in marks for k in g.actors_of(ctx, c))


def _paying_back(noun: Token) -> bool:
    """ "a tit-for-tat expulsion", "retaliatory tariffs"."""
    return any(
        (c.dep_ == "amod" and c.lower_ in _REPAYING_KINDS)
        or (c.lower_ == "tit" and any(t.lower_ == "tat" for t in c.subtree))
        for c in noun.children
    )


def repaid(ctx: Context, noun: Token, agents: list[str]) -> list[str]:
    """Whose act a paying-back act answers, told in the clause before its own: "Peru
    expelled two envoys, and Chile responded with a tit-for-tat expulsion", "after Peru
    raised duties, Chile announced retaliatory tariffs" (Chile's, against Peru)."""
    verb = _clause_verb(noun)
    if verb is None:
        return []
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        earlier = [verb.head]
    else:
        earlier = [c for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.i < verb.i]
    done = [k for w in earlier for s in g.subjects(w) for k in g.actors_of(ctx, s)]
    return [k for k in done if k not in agents]


def _clause_verb(word: Token) -> Token | None:
    """The verb whose clause the paying-back word is part of."""
    t = word
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.dep_ not in {"pobj", "prep", "dobj", "npadvmod"} or t.head is t:
            return None
        t = t.head
    return None
