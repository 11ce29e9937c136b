"""Whom a complaint or accusation named by a noun is about, told by its content
clause: "complaints that Chile's exports were dumped" (Chile), "dismissed complaints
by X that Y ...", "amid criticism from X that Y had broken the deal", "complaints
about how Y treated its traders".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.owner_parties import stray_by


def content_subjects(ctx: Context, noun: Token) -> list[str]:
    """Whom a complaint or accusation is about: the subject of its "that" clause,
    or that subject's owner ("complaints that Chile's exports were ...")."""
    found: list[str] = []
    for clause in [*content_clauses(noun), *g.wh_clauses(noun, {"about", "over", "at", "of"})]:
        for s in g.subjects(clause):
            keys = g.actors_of(ctx, s)
            found += keys or [
                k for c in s.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)
            ]
    return found


def content_clauses(noun: Token) -> list[Token]:
    """The "that" clauses that say what a complaint is: its own, or the one the parser
    hangs on the verb the noun's phrase depends on, right after that phrase ("dismissed
    complaints by X that Y ...", "amid criticism from X that Y ...")."""
    found = [c for c in noun.children if c.dep_ in {"acl", "ccomp"}]
    found += [c for c in noun.children if c.dep_ == "relcl" and _marked_that(c)]
    if noun.dep_ in {"dobj", "pobj"}:
        host = noun.head.head if noun.dep_ == "pobj" else noun.head
        end = max(t.right_edge.i for t in [noun, *(o.head for o in stray_by(noun))])
        found += [c for c in host.children if c.dep_ == "ccomp" and c.left_edge.i == end + 1]
    # "that" opens the clause; the parser may take it for the clause's subject
    return [c for c in found if any(
        m.lower_ == "that" and m.dep_ in {"mark", "nsubj"} and m.i == c.left_edge.i
        for m in c.children
    )]  # fmt: skip


def _marked_that(clause: Token) -> bool:
    """ "criticism from X that Y had broken the deal", parsed as a relative clause:
    its "that" is no pronoun of it."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
