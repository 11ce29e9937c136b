"""Who leads a party to a meeting takes part in it: "held talks with a visiting
delegation led by X", "met a French team headed by X", "a delegation led by X met Y".
The leader stands for the delegation's side, in the place of the country or body its
name gives (a country-level reading of the meeting is not needed beside it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# Nouns of a party sent to a meeting.
_PARTIES_SENT = frozenset({"delegation", "delegations", "team", "mission", "party"})
_LEADING = frozenset({"lead", "head"})


def leaders(ctx: Context, token: Token) -> list[str]:
    """The people named after "led by" or "headed by" on a delegation."""
    if token.lower_ not in _PARTIES_SENT:
        return []
    return [
        k
        for c in token.children
        if c.dep_ == "acl" and c.lemma_ in _LEADING and c.tag_ == "VBN"
        for a in g.agents(c)
        for k in g.actors_of(ctx, a)
        if k.startswith("person/")
    ]


def with_leaders(
    ctx: Context, subj: list[str], objs: list[str], tokens: list[Token]
) -> tuple[list[str], list[str]]:
    """Each side of a contact, with the leaders of the delegations among its tokens in
    the place of the delegation's country or body (who is not told to meet its own
    leader): a delegation that is a subject is on the subject's side, any other on
    the other."""
    for token in tokens:
        found = [k for k in leaders(ctx, token) if k not in subj and k not in objs]
        if not found:
            continue
        sent = set(g.actors_of(ctx, token))
        if token.dep_ in {"nsubj", "nsubjpass"}:
            subj = [*(k for k in subj if k not in sent), *found]
        else:
            objs = [*(k for k in objs if k not in sent), *found]
    return subj, objs
