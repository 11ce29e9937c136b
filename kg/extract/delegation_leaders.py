"""Who leads a party to a meeting takes part in it: "held talks with a visiting
delegation led by X", "met a French team headed by X", "a delegation led by X met Y"; and so do its named members: "a delegation including X
and Y was received by Z", "the delegation, which included X, met Z" (Z met X and Y).
The leader stands for the delegation's side, in the place of the country or body its
name gives (a country-level reading of the meeting is not needed beside it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# Nouns of a party sent to a meeting.
_PARTIES_SENT = frozenset({"delegation", "delegations", "team", "mission", "party"})
_LEADING = frozenset({"lead", "head"})
# Words that relate a delegation to the relative pronoun of a clause on it.
_RELATIVE = frozenset({"which", "that", "who"})


def leaders(ctx: Context, token: Token) -> list[str]:
    """The people named after "led by" or "headed by" on a delegation, or as its
    members: "including X", "which included X"."""
    if token.lower_ not in _PARTIES_SENT:
        return []
    named = [a for c in token.children for a in _named_by(c)]
    return [k for a in named for k in g.actors_of(ctx, a) if k.startswith("person/")]


def _named_by(c: Token) -> list[Token]:
    """Who a modifier of a delegation names as its leader or member."""
    if c.dep_ == "acl" and c.lemma_ in _LEADING and c.tag_ == "VBN":
        # "led by X", "led by X and including Y" (the parser hangs "including" on "led")
        return g.agents(c) + [o for p in c.children for o in _named_by(p) if p.dep_ == "prep"]
    if c.dep_ == "prep" and c.lower_ == "including":
        return [o for o in c.children if o.dep_ == "pobj"]  # "including X"
    if c.lemma_ != "include" or g.negated(c):
        return []
    if c.dep_ == "acl" and c.tag_ == "VBG":
        return g.direct_objects(c)  # "including X" read as a participle
    if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in _RELATIVE for s in c.children):
        return g.direct_objects(c)  # "which included X"
    return []


def with_leaders(
    ctx: Context, subj: list[str], objs: list[str], tokens: list[Token]
) -> tuple[list[str], list[str]]:
    """Each side of a contact, with the leaders of the delegations among its tokens in
    the place of the delegation's country or body (who is not told to meet its own
    leader): a delegation on the side whose actors its name gives, or else, when it is
    an active verb's subject, on the subject's side, any other on the other ("was
    received by X": the passive's subject is X's guest)."""
    for token in tokens:
        found = [k for k in leaders(ctx, token) if k not in subj and k not in objs]
        if not found:
            continue
        sent = set(g.actors_of(ctx, token))
        if sent & set(subj) or (not sent & set(objs) and token.dep_ == "nsubj"):
            subj = [*(k for k in subj if k not in sent), *found]
        else:
            objs = [*(k for k in objs if k not in sent), *found]
    return subj, objs
