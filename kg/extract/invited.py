"""Who convenes a meeting by inviting its parties: "At the invitation of X, the
leaders of A and B met in Lima", "at X's invitation, A and B gathered", "Invited by
X, A and B held talks": X brings them together (a host of one meeting of all)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

_INVITATIONS = {"invitation", "behest", "initiative"}


def inviters(ctx: Context, verb: Token) -> list[str]:
    """The actors at whose invitation the parties of ``verb`` meet."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"at", "on", "upon"}:
            continue
        for noun in g.prep_objects(verb, {prep.lower_}):
            if noun.lemma_.lower() in _INVITATIONS:
                found += [c for c in noun.children if c.dep_ == "poss"]
                found += g.prep_objects(noun, {"of"})
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_ == "invite" and c.tag_ == "VBN" and c.i < verb.i:
            found += g.agents(c)  # "Invited by X, A and B met"
    return [k for t in found for k in g.actors_of(ctx, t)]


def invited(
    ctx: Context, verb: Token, subj: list[str], objs: list[str], role: str, mutual: bool
) -> tuple[list[str], list[str], str, bool]:
    """Parties who meet each other at someone's invitation meet their host too: the
    host becomes the subject, they its partners (no change when none is named)."""
    hosts = [k for k in inviters(ctx, verb) if k not in subj] if len(subj) >= 2 else []
    if not hosts or objs:
        return subj, objs, role, mutual
    return hosts, subj, "host", True
