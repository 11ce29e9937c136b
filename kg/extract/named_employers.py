"""A full name followed by the body it works for, with no title: "Ann Vale of the
Red Cross said", "Ann Vale, of the World Bank, said", "Ann Vale, from the Red
Cross, said", and, when the name is its clause's subject, "Ann Vale from Amnesty
International said" and "Ann Vale at the Institute for Fiscal Studies said".

Only a body (``org/``) is an employer: "Vale of Chile" or "Vale from Lima" says
where she is from. "from" and "at" with no commas need the name to be the subject,
since after an object they tell where it happened or came from ("met Ann Vale at
the World Bank", "the award went to Ivo Marsh from Harbour Lights"). Each yields
(person, body, tokens, role, current) for :mod:`kg.extract.roles`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import SUBJECT_DEPS
from kg.language.mentions import Mention
from kg.language.person_names import PEERS, peerage

Post = tuple[str, str, list[Token], str, bool]  # person, body, tokens, role, current

_IN_COMMAS = frozenset({"of", "from"})  # ", of the World Bank," / ", from the Red Cross,"
_AFTER_A_SUBJECT = frozenset({"from", "at"})  # "Ann Vale from Oxfam said"


def of_bodies(ctx: Context) -> Iterator[Post]:
    """Each untitled full name's employer named by the preposition after it."""
    for m in ctx.actors.mentions:
        person = ctx.actors.by_mention.get(m.id)
        if person is None or not person.startswith("person/") or m.kind != "person":
            continue
        if m.descriptors or len(m.text.split()) < 2 or m.end >= len(ctx.doc):
            continue  # (a titled name is the roles extractor's own case)
        prep = _employer_preposition(ctx.doc, m)
        if prep is None or not (m.start <= prep.head.i < m.end):
            continue
        if ctx.doc[m.start : m.end].root.dep_ in {"amod", "compound", "nmod"}:
            continue  # a name that modifies a noun: "the drama Ann Full of Grace"
        if peerage(ctx.doc, m) in PEERS:
            continue  # "Baron Vale of Holmdale": a peer's place in his title, no employer
        for obj in (c for c in prep.children if c.dep_ in {"pobj", "pcomp"}):
            for body in g.actors_of(ctx, obj):
                if body.startswith("org/"):
                    yield person, body, [ctx.doc[m.start], obj], "", True


def _employer_preposition(doc: Doc, m: Mention) -> Token | None:
    """The preposition that may name the employer of the name ``m``: "of" right
    after it; "of" or "from" set off by commas; "from" or "at" right after a
    name that is its clause's subject."""
    after = doc[m.end]
    if after.lower_ == "of":
        return after
    if after.lower_ in _AFTER_A_SUBJECT and doc[m.start : m.end].root.dep_ in SUBJECT_DEPS:
        return after
    return _in_commas(doc, m.end)


def _in_commas(doc: Doc, end: int) -> Token | None:
    """The "from" of ", from the Red Cross," (or "of") right after a name ending
    at ``end``, closed by a comma or the sentence's end."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _IN_COMMAS:
        return None
    after = doc[end + 1].right_edge.i + 1
    return doc[end + 1] if after >= len(doc) or doc[after].text in {",", "."} else None
