"""Whom a reaction that names no target is aimed at: the doer of the deed just told,
when the reactor is who the deed was done to. "Norway seized a Russian trawler.
Moscow protested." (Russia against Norway), "Border guards of Peru detained a
Chilean boat. Santiago demanded its release.", "Japan detained a Chinese captain.
Beijing lodged a protest." The reaction words are data (``data/reactions.tsv``).

Narrow on purpose: the reaction is told as a fact, its object (if any) names no
actor but the reactor ("their release", "the crew's release"); the deed is told in
the sentence before or earlier in the same sentence, by a conflict verb that is not
itself a saying ("criticised", "protested"), as a fact, with one named doer; every
such deed there has that one doer (two deeds by different doers: whose is unclear);
and the reactor is named in what the deed was done to ("a Russian trawler") and is
not its doer. A protest by people called by a word alone ("Residents protested") or
with no deed before ("Farmers protested in Paris") names no one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.deed_nouns import unnamed_group
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.modality import told_as_fact
from kg.extract.responses import in_anger
from kg.extract.senses import Sense, sense
from kg.records import Event, EventKind

NAME = "reactions"
EXTRACTOR = f"{NAME}/v1"
_ANGRY = "@angry"  # in the data: said in anger, with no object
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})


@cache
def _reactions() -> dict[str, tuple[frozenset[str], Sense]]:
    """verb lemma -> (object lemmas, sense)."""
    text = resources.files("kg.extract").joinpath("data", "reactions.tsv").read_text("utf-8")
    table: dict[str, tuple[frozenset[str], Sense]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            verb, objects, type_, cameo = line.split("\t")
            found = frozenset() if objects in {"-", _ANGRY} else frozenset(objects.split(","))
            found |= {_ANGRY} if objects == _ANGRY else frozenset()
            table[verb] = (found, sense(type_, cameo))
    return table


def extract(ctx: Context) -> Iterator[Event]:
    table = _reactions()
    for verb, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma not in table:
            continue
        objects, s = table[lemma]
        if _ANGRY in objects and not in_anger(verb):
            continue  # "Moscow responded on Monday": no protest
        reactors = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
        if not reactors or any(unnamed_group(ctx, k) for k in reactors):
            continue
        if not _untargeted(ctx, verb, objects, reactors) or not told_as_fact(ctx, verb):
            continue
        deed = _the_deed(ctx, verb)
        if deed is None:
            continue
        doers = _doers(ctx, deed)
        if set(doers) & set(reactors) or not set(reactors) <= _done_to(ctx, deed):
            continue
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, s, reactors, doers,
                               [verb, deed], EXTRACTOR, 0.6)  # fmt: skip


def _untargeted(ctx: Context, verb: Token, objects: frozenset[str], reactors: list[str]) -> bool:
    """Whether the reaction names no target: no object but one of ``objects``, and no
    actor but the reactors anywhere after the verb in its own clause."""
    for c in verb.children:
        if c.dep_ in _SUBJECT_DEPS or c.dep_ in {"conj", "cc", "punct", "advcl", "aux", "neg"}:
            continue
        if c.dep_ in {"dobj", "attr"} and c.lemma_.lower() not in objects:
            return False
        if c.dep_ in {"ccomp", "xcomp", "dative"}:
            return False
        if any((k := ctx.actors.at(t.i)) is not None and k not in reactors for t in c.subtree):
            return False
    return bool(objects - {_ANGRY}) == any(c.dep_ == "dobj" for c in verb.children)


def _the_deed(ctx: Context, verb: Token) -> Token | None:
    """The one deed told before the reaction, in its own sentence or the one before, or
    in a clause on it ("protested after X seized ...")."""
    sent = verb.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    deeds = [t for t in ctx.doc[start : verb.i] if _a_deed(ctx, t)]
    for c in verb.children:  # "Moscow protested after Norway seized a Russian trawler"
        if c.dep_ == "advcl" and c.i > verb.i:
            deeds += [t for t in c.subtree if _a_deed(ctx, t)]
    if not deeds:
        return None
    doers = {tuple(_doers(ctx, d)) for d in deeds}
    return deeds[-1] if len(doers) == 1 and len(next(iter(doers))) == 1 else None


def _a_deed(ctx: Context, t: Token) -> bool:
    if t.pos_ != "VERB" or t.dep_ in {"amod", "acl", "relcl"}:
        return False
    rows = [triggers.trigger(t.lemma_.lower(), "verb")]
    if rows[0] is None:  # "imposed tariffs on X", "launched an attack on X"
        rows = [triggers.trigger(o.lemma_.lower(), "noun") for o in g.direct_objects(t)]
    if not any(r is not None and r.kind is EventKind.CONFLICT
               and r.cameo[:2] not in triggers.SAYING_ROOTS for r in rows):  # fmt: skip
        return False
    return told_as_fact(ctx, t)


def _doers(ctx: Context, deed: Token) -> list[str]:
    keys = list(dict.fromkeys(doers(ctx, deed)))
    return [] if any(unnamed_group(ctx, k) for k in keys) else keys


def _done_to(ctx: Context, deed: Token) -> set[str]:
    """Every actor named in what the deed was done to: "seized a Russian trawler"."""
    found: set[str] = set()
    for c in deed.children:
        if c.dep_ in {"dobj", "dative", "prep", "nsubjpass"} and not (
            c.dep_ == "prep" and c.lower_ == "by"
        ):
            found.update(k for t in c.subtree if (k := ctx.actors.at(t.i)) is not None)
            found.update(g.actors_of(ctx, c) if c.dep_ != "prep" else [])
    return found
