"""Whom "called" rings, for the meetings extractor's verb rows flagged
``bare-object``: "X called Y on Monday", "X called his Chinese counterpart", "called
X to congratulate him" (a phone call); not "called on X", "called X a liar",
"called X to resign", "called for talks" (an appeal, a name, a demand).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.passive_calls import NOT_RINGING, rung_by
from kg.extract.when import says_when
from kg.language.lexicon import AGENT_NOUNS

# What makes "called X" no call: those of a passive's call, and a passive's agent.
_NOT_RINGING = NOT_RINGING | {"agent"}


# What a caller rings someone to do ("called X to congratulate him"), unlike what
# the one called is told to do ("called X to resign").
_CALL_PURPOSES = {"congratulate", "offer", "express", "convey", "extend", "thank", "wish",
                  "discuss", "brief", "inform", "update", "assure", "reassure", "apologise",
                  "apologize", "condole", "console", "explain", "voice"}  # fmt: skip


def rings(ctx: Context, verb: Token) -> bool:
    """ "X called Y on Monday", "X called his Chinese counterpart": one person rings
    another (a plain object naming a person; time phrases only)."""
    objs = rung(verb)
    if g.is_passive(verb):
        return rung_by(ctx, verb)  # "X was called by Y on Monday"
    if any(c.dep_ in _NOT_RINGING and not _purpose(c) and c not in objs for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if any(o.ent_type_ not in {"DATE", "TIME"} for o in prep.children if o.dep_ == "pobj"):
            return False  # "called on X", "called for talks"
    if len(objs) != 1 or any(c.dep_ in _NOT_RINGING for c in objs[0].children):
        return False
    if any(t.is_quote for t in verb.doc[objs[0].right_edge.i + 1 : verb.right_edge.i + 1]):
        return False  # 'called X "a friend"'
    mention = ctx.actors.mention_at(objs[0].i)
    return (mention is not None and mention.kind == "person") or objs[0].lower_ in AGENT_NOUNS


def rung(verb: Token) -> list[Token]:
    """Whom "called" rings: its object ("X, whom Y called"), or the name the parser
    read as an object complement before a purpose ("called X to congratulate him")."""
    objs = g.relative_objects(verb)
    if not objs and (
        any(_purpose(c) for c in verb.children) or any(says_when(c) for c in verb.children)
    ):  # ("called X on Monday": the parser may read X as what someone is called)
        objs = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    return objs


def _purpose(clause: Token) -> bool:
    """ "to offer condolences", "to congratulate him": why the caller rang."""
    return (
        clause.dep_ in {"xcomp", "advcl"} and clause.lemma_ in _CALL_PURPOSES and g.has_to(clause)
    )
