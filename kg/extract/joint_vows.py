"""Undertakings made jointly: "In a joint statement, A and B vowed to fight piracy",
"A and B jointly pledged to protect the lake", "A and B vowed together to fight
trafficking", "A and B jointly pledged $2bn to the fund".

Two or more parties that bind themselves together to act state their intent to
cooperate (CAMEO 030), whatever the act. Not a vow each makes apart ("each vowed",
"separately pledged"), not one negated, planned or hypothetical, and not the vow of
two people of one body ("the party's leaders A and B jointly vowed": they stand on
one side, not as partners).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.modality import told_as_fact
from kg.extract.senses import sense
from kg.language.event_words import VOWING_VERBS
from kg.records import Event, EventKind

# Texts issued jointly.
_TEXTS = frozenset({"statement", "declaration", "communique", "communiqué"})
# Adverbs of acting as one: "jointly pledged", "vowed together".
_JOINTLY = frozenset({"jointly", "together"})
# Words by which each acts on its own.
_APART = frozenset({"each", "separately", "independently", "individually", "respectively"})


def joint_vows(ctx: Context, extractor: str) -> Iterator[Event]:
    """The makers of a joint undertaking, as cooperating."""
    for verb, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma not in VOWING_VERBS or g.is_passive(verb):
            continue
        if not (_jointly(verb) or _in_joint_text(verb)) or not told_as_fact(ctx, verb):
            continue
        subjects = g.subjects(verb)
        if _apart(verb) or any(_of_one_body(s) for s in subjects):
            continue
        sides = list(dict.fromkeys(k for s in subjects for k in g.actors_of(ctx, s)))
        if len(sides) >= 2:
            yield from make_events(ctx, verb, verb, EventKind.COOPERATION,
                                   sense("agree", "030", symmetric=True), sides[:1], sides[1:],
                                   subjects, extractor, 0.6)  # fmt: skip


def _jointly(verb: Token) -> bool:
    """ "jointly pledged", "vowed together", "vowed to fight piracy together"."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "advmod" and c.lower_ in _JOINTLY for t in clauses for c in t.children)


def _in_joint_text(verb: Token) -> bool:
    """ "In a joint statement, A and B vowed", "vowed in a joint communique"."""
    return any(
        o.lower_ in _TEXTS and any(a.lower_ == "joint" for a in o.children)
        for o in g.prep_objects(verb, {"in"})
    )


def _apart(verb: Token) -> bool:
    return any(c.lower_ in _APART for c in verb.children) or any(
        c.lower_ in _APART for s in g.subjects(verb) for c in s.children
    )


def _of_one_body(subject: Token) -> bool:
    """ "the party's leaders A and B", "its ministers": people named as the members of
    one owner (a plural common noun with a possessive)."""
    heads = [subject, *subject.ancestors, *subject.children]
    return any(t.tag_ == "NNS" and any(c.dep_ == "poss" for c in t.children) for t in heads)
