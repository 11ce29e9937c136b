"""Whose act "the move" is when a clause with its own subject judges it beside the
clause that tells the act: an absolute ("Peru closed the border, with Chile calling
the move reckless"; "..., Chile condemning the step as hostile") or a result the
act brought about ("Peru expelled the envoy, prompting Chile to condemn the move").
The act is the telling clause's subject's, never the judge's own ("Chile reacted
angrily, condemning the decision" names no act of anyone else's).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.event_words import APPEAL_VERBS, JUDGING_VERBS, SPEECH_VERBS

# Verbs of a result clause whose object then judges the act: "prompting X to condemn".
_CAUSING = frozenset({"prompt", "lead", "cause", "force", "spur", "provoke", "push"})
_NO_ACT = SPEECH_VERBS | APPEAL_VERBS | JUDGING_VERBS


def set_beside(ctx: Context, noun: Token) -> list[str] | None:
    """The doers of the act ``noun`` (an object of a judging participle) stands for,
    or None when no clause with its own subject judges it beside another."""
    judging = noun.head
    if noun.dep_ != "dobj" or judging.pos_ != "VERB":
        return None
    told = _telling_verb(judging)
    if told is None:
        return None
    judges = set(_own_judges(ctx, judging))
    doers = [k for s in g.subjects(told) for k in g.actors_of(ctx, s)]
    if not judges or not doers or judges & set(doers):
        return None
    return doers


def _telling_verb(judging: Token) -> Token | None:
    """The verb of the clause the judging clause is set beside."""
    head = judging.head
    if judging.tag_ == "VBG" and judging.dep_ == "pcomp" and head.lower_ == "with":
        verb = head.head  # "..., with Chile calling the move reckless"
    elif judging.tag_ == "VBG" and judging.dep_ in {"acl", "advcl"} and _after_comma(judging):
        verb = head if head.pos_ in {"VERB", "AUX"} else head.head  # "..., Chile condemning"
    elif judging.dep_ == "xcomp" and head.lemma_ in _CAUSING and head.dep_ == "advcl":
        verb = head.head  # "..., prompting Chile to condemn the move"
    else:
        return None
    if verb.pos_ != "VERB" or verb.i > judging.i or verb.lemma_ in _NO_ACT:
        return None  # "Peru said ..., with Chile calling the move": no act told
    return verb


def _own_judges(ctx: Context, judging: Token) -> list[str]:
    """The judging clause's own subject ("with Chile calling"), or the one a result
    clause makes judge ("prompting Chile to condemn")."""
    own = [c for c in judging.children if c.dep_ == "nsubj"]
    if not own and judging.dep_ == "xcomp":
        own = [c for c in judging.head.children if c.dep_ == "dobj"]
    return [k for s in own for k in g.actors_of(ctx, s)]


def _after_comma(verb: Token) -> bool:
    """Whether the participle's clause opens after a comma ("the border, Chile ...")."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","
