"""Verdicts a named person, body or state speaks: condemning, criticising,
rejecting, praising, defending.

``Minister X condemned the raid``, ``the envoy, X, on Monday rejected as baseless
a report ...``, ``X criticised the government in an interview``, ``X praised the
accord``: a person who pronounces such a verdict says something, a statement as
"said" is, though no clause or quote follows. Only a person named as the subject
of an active verb in the past or present, with the thing judged as its object;
not a sentence passed ("condemned him to death"), a passive ("rejected by
voters"), a verb under another ("refused to condemn", "is expected to criticise"),
a modal ("will criticise"), nor a pronoun subject. "Reject" counts only with a
claim or an offer of words as its object ("rejected the accusation", not "rejected
a kidney"), "welcome" only with a decision or an outcome ("welcomed the ruling",
not a guest), "warn" only of or against something.

A named body or state speaks so too ("the African Union condemned the coup", "NATO
rejected the claim", "the Kremlin welcomed the ruling"); an unnamed group does not
("rights groups condemned the law"), save those who rule ("the junta condemned
the sanctions"). "Defend" is spoken when what is defended is a
course or words ("defended the decision", "defended his handling of the crisis"), a
named person ("defended the minister") or oneself against a claim ("defended herself
against the charges"); not ground, a title or positions.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.auxiliaries import MODAL_AUX

# Verbs of spoken judgement (lemmas, both spellings).
VERDICT_VERBS = frozenset(
    """condemn denounce decry deplore criticise criticize slam lambast praise commend
    reject welcome warn defend""".split()
)
# What a spoken rejection rejects: words, claims and demands.
_CLAIMS = frozenset(
    """claim accusation allegation charge report criticism remark comment statement
    suggestion assertion notion accusations claims allegations charges reports remarks
    comments statements suggestions assertions demand demands call calls proposal
    proposals ultimatum appeal appeals""".split()
)
# What a spoken welcome greets: a decision or an outcome, never a guest.
_OUTCOMES = frozenset(
    """decision move ruling verdict announcement news release agreement deal accord
    ceasefire truce result outcome step vote resolution initiative report statement
    progress election elections decisions moves agreements deals""".split()
)
# What a spoken defence defends: a decision, a course or words ("defended the plan",
# "defended his handling of the crisis"), not ground ("defended the border").
_COURSES = frozenset(
    """decision decisions move moves plan plans policy policies record action actions
    handling response conduct choice approach strategy law bill proposal proposals deal
    reform reforms measure measures budget remarks comments statement statements stance
    tactics ruling verdict appointment programme program""".split()
)
_TENSES = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# Who pronounces a verdict: a named person, a body or a state ("the Kenyan foreign
# ministry condemned the raid", "NATO rejected the claim"); not an unnamed group.
_SPEAKERS = ("person/", "org/", "country/")
# A group speaks so only as those who rule ("the military rulers denounced X", "the
# junta rejected the claim"), not as people of one kind ("rights groups condemned X").
_RULERS = frozenset("ruler junta regime leadership authority".split())


def spoken_verdict(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` (a verdict verb) is a named speaker's spoken judgement."""
    lemma = verb.lemma_
    if lemma not in VERDICT_VERBS or verb.tag_ not in _TENSES or g.is_passive(verb):
        return False
    if verb.dep_ in {"xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"}:
        return False  # "refused to condemn", "if X rejects", "the men X condemned"
    children = list(verb.children)
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ in {"ccomp", "xcomp", "advcl", "relcl"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    ):
        return False  # "X said Peru must act but defended Y": X's or Peru's, unsaid
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in children):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    if g.prep_objects(verb, {"to"}):  # "condemned him to death", "welcomed X to Rome"
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma == "condemn" and any(_sent_to(o) for o in objects):  # "to" hung on X
        return False
    if lemma == "warn":  # "warned of a recession"
        judged = bool(g.prep_objects(verb, {"of", "against", "about"}))
    elif lemma == "reject":
        judged = any(o.lower_ in _CLAIMS for o in objects)
    elif lemma == "welcome":
        judged = any(o.lower_ in _OUTCOMES for o in objects)
    elif lemma == "defend":
        judged = any(_defended(ctx, verb, o) for o in objects)
    else:
        judged = bool(objects)
    if not judged:
        return False
    return _named_speaker(ctx, verb)


def _sent_to(obj: Token) -> bool:
    """ "condemned X to exile" with "to exile" hung on X: a sentence passed."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "to")
        or (c.dep_ == "relcl" and any(a.lower_ == "to" and a.i == obj.i + 1 for a in c.children))
        for c in obj.children
    )


def _defended(ctx: Context, verb: Token, obj: Token) -> bool:
    """A course of action or words defended ("defended the decision"), a person
    ("defended the minister"), or oneself against words ("defended himself against
    the charges")."""
    if obj.lower_ in _COURSES:
        return True
    if obj.lower_ in {"himself", "herself", "themselves", "itself"}:
        return any(o.lower_ in _CLAIMS for o in g.prep_objects(verb, {"against"}))
    keys = g.actors_of(ctx, obj)
    return bool(keys) and all(k.startswith("person/") for k in keys)


def _named_speaker(ctx: Context, verb: Token) -> bool:
    subjects = [s for s in g.subjects(verb) if s.dep_ != "nsubjpass"]
    if not subjects:
        return False
    for s in subjects:
        mention = ctx.actors.mention_at(s.i)
        if s.pos_ == "PRON" or (mention is not None and mention.kind == "pronoun"):
            return False  # "we have warned X" inside a quote: no named person
        keys = g.actors_of(ctx, s)
        rulers = s.lemma_ in _RULERS and all(k.startswith("group/") for k in keys)
        if not keys or not (rulers or all(k.startswith(_SPEAKERS) for k in keys)):
            return False
    return True
