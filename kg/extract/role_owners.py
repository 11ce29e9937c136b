"""Owners of posts named by role nouns that name no country, read for
:mod:`kg.extract.roles`.

- ``whose <post>, X``: the body or country right before "whose" ("Chile, whose
  envoy, X, spoke first"; "the Arden Party, whose leader, X, said").
- ``its <post>, X`` after a verb of custody whose subject is what "its" was taken
  for: the body or country that detains or arrests someone is not the one he serves
  ("the junta banned the Rural Union and arrested its leader, X": X leads the union,
  not the junta; with no other body before, no post at all).
- ``A and B of C and D respectively``: each name the body of its own rank ("X and Y
  of Chile and Peru respectively": X is Chile's, Y is Peru's), not every body each.
- ``the two countries' ministers, Chile's X and Peru's Y``: the plural of states
  owning the post is no body of its own; each minister is his own country's.
- ``Nigerian Army spokesman X``: a state's force named as a body is its country's
  (:mod:`kg.language.titled_bodies`), so X holds a post of the country too.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.gazetteer import gazetteer
from kg.language.mentions import Mention
from kg.language.titled_bodies import force_country
from kg.language.titles import Descriptor

_OWNERS = ("country/", "org/", "group/")
# Verbs of taking someone into custody: their subject holds the person, it is not
# the body he serves.
_CUSTODY = frozenset(
    """detain arrest jail imprison abduct kidnap capture seize intern incarcerate""".split()
)
# Plural nouns for states that own a shared post: "the two countries' ministers".
_GOVERNMENTS = frozenset({"government", "administration", "cabinet"})
_STATES = frozenset({"country", "nation", "state", "government"})


def whose_owner(ctx: Context, m: Mention, d: Descriptor) -> str | None:
    """The actor a "whose" before the post ``d`` of ``m`` stands for: the country
    or body named right before the comma that opens the relative ("Chile, whose
    envoy, X, spoke"); ``None`` when there is none."""
    if d.affiliations:
        return None
    k = d.start - 1 if d.start > 0 and ctx.doc[d.start].lower_ != "whose" else d.start
    if k < 2 or ctx.doc[k].lower_ != "whose" or ctx.doc[k - 1].text != ",":
        return None
    if m.start < k:
        return None  # the name comes before: "X, whose deputy, Y, said" is Y's
    for x in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(x.id) or ""
        if x.end == k - 1 and x.kind != "pronoun" and key.startswith(_OWNERS):
            return key
    return None


def custody_owner(ctx: Context, d: Descriptor) -> tuple[str | None] | None:
    """For a post owned by "its" or "their" whose holder is the object of a verb of
    custody with the pronoun's actor as subject, the nearest other body before the
    pronoun in its sentence, or ``(None,)`` for none; ``None`` when the rule does not
    apply."""
    for x in ctx.actors.mentions:
        if x.id not in d.affiliations or x.kind != "pronoun":
            continue
        if x.text.lower() not in {"its", "their"}:
            continue
        key = ctx.actors.by_mention.get(x.id) or ""
        pron = ctx.doc[x.start]
        post = pron.head
        verb = post.head
        if post.dep_ not in {"dobj", "conj"} or verb.lemma_.lower() not in _CUSTODY:
            return None
        if key not in _subjects(ctx, verb):
            return None
        return (_other_body(ctx, x.start, key),)
    return None


def government_owner(ctx: Context, d: Descriptor) -> str | None:
    """The country of "the government of C" (or "C's government") before an "its"
    that coreference left without an owner ("The government of Moldova said its
    negotiator, X, had returned"): one such government in the sentence, else none."""
    for x in ctx.actors.mentions:
        if x.id not in d.affiliations or x.kind != "pronoun" or x.text.lower() != "its":
            continue
        if ctx.actors.by_mention.get(x.id):
            return None
        sent = ctx.doc[x.start].sent
        found = {
            k
            for t in ctx.doc[sent.start : x.start]
            if t.lemma_.lower() in _GOVERNMENTS and t.tag_ == "NN"
            for c in t.children
            for o in ([c] if c.dep_ == "poss" else [p for p in c.children if c.lower_ == "of"])
            if (k := ctx.actors.at(o.i) or "").startswith("country/")
        }
        return found.pop() if len(found) == 1 else None
    return None


def _subjects(ctx: Context, verb: Token) -> set[str]:
    """The actors of the subject of ``verb``, or of the verb it is a conjunct of."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or verb.dep_ != "conj":
            break
        verb = verb.head
    return {k for s in subjects for k in g.actors_of(ctx, s)}


def _other_body(ctx: Context, before: int, not_key: str) -> str | None:
    """The org or group named nearest before token ``before`` in its sentence,
    other than ``not_key``."""
    sent = ctx.doc[before].sent
    found: tuple[int, str] | None = None
    for x in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(x.id) or ""
        if x.kind == "pronoun" or not key.startswith(("org/", "group/")) or key == not_key:
            continue
        if sent.start <= x.start and x.end <= before and (found is None or x.start > found[0]):
            found = (x.start, key)
    return found[1] if found else None


def states_possessive(t: Token) -> bool:
    """A possessive plural of states ("the two countries' ministers"): no body of
    its own, each holder is his own state's."""
    return t.tag_ == "NNS" and t.lemma_.lower() in _STATES


def respective(ctx: Context, of: Token) -> bool:
    """Whether the bodies after ``of`` are given one to each name by
    "respectively"."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if not objects or not objects[0].conjuncts:
        return False
    last = max(t.i for t in objects[0].subtree)
    sent = of.sent
    return any(t.lower_ == "respectively" for t in ctx.doc[last + 1 : min(last + 3, sent.end)])


def respective_posts(
    ctx: Context,
) -> Iterator[tuple[str, str, list[Token], str | None, bool]]:
    """ "X and Y of Chile and Peru respectively": X is Chile's, Y Peru's (the same
    number of names and bodies, in order; otherwise none)."""
    for of in ctx.doc:
        if of.lower_ != "of" or not respective(ctx, of):
            continue
        holder = of.head
        names = sorted({holder, *holder.conjuncts}, key=lambda t: t.i)
        obj = next(c for c in of.children if c.dep_ == "pobj")
        people = [ctx.actors.at(t.i) or "" for t in names]
        bodies = [
            ctx.actors.at(t.i) or "" for t in sorted({obj, *obj.conjuncts}, key=lambda t: t.i)
        ]
        if len(people) != len(bodies) or not all(p.startswith("person/") for p in people):
            continue
        for person, body, name in zip(people, bodies, names, strict=True):
            if body.startswith(_OWNERS):
                yield person, body, [name, obj], None, True


def force_countries(ctx: Context) -> dict[str, str]:
    """The country of each state's force the article names as a body of its own:
    "Kenyan Air Force", "Nigerian Army" before a post."""
    out = {}
    for m in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(m.id) or ""
        if m.kind == "org" and key.startswith("org/"):
            country = force_country(gazetteer(), m.text)
            if country is not None:
                out[key] = country.key
    return out
