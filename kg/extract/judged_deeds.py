"""Whose deed a bare "the" noun takes up from a deed told just before (one source of
:func:`kg.extract.act_nouns.act_doers`, the one resolver of a deed's doer).

"Norway shot down a drone. X called the incident 'an act of aggression'" (Norway's),
"Peru signed a deal with Chile. X called the deal 'a betrayal'" (Peru's, the signer
the sentence makes its subject), "The union walked out of the talks. X called the
walkout 'political'" (the union's: a noun made of a verb and its particle, "walk
out"), "Poland imposed tariffs on grain. X called the decision 'a stab in the back'"
(Poland's). The deed is told as a fact earlier in the verdict's sentence or in the
sentence before, and every deed told there has the same named doers; two deeds by
different doers, an unnamed doer ("Gunmen attacked ..."), a deed planned or denied
("Peru may sign a deal"), an owned noun ("Peru's move") or a noun with more than "the"
("a move", "the trade deal") name no one here. Whether the verdict on the deed
opposes its doer is the caller's to decide: what praises or weighs a deed ("called the
deal historic") opposes no one (``labels``), while "X condemned the incident" is the
verb's criticism of the doer (``directed``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.deed_nouns import AUTHORING_VERBS, unnamed_group
from kg.extract.doing import doers
from kg.extract.modality import told_as_fact
from kg.records import EventKind

# Nouns that take up any deed told before ("the move", "the incident").
_ANY_DEED = frozenset("move step decision action measure incident act actions measures".split())
# Agreements, and the verbs that make one ("signed a deal with X": the signer's).
_AGREEMENTS = frozenset("deal pact agreement accord treaty memorandum".split())
_MAKING = frozenset("sign conclude seal strike reach ink agree".split())
_PARTICLES = frozenset("out off down in up over back".split())
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})


def taken_up_doers(ctx: Context, thing: Token) -> list[str]:
    """The named doers of the deed "the ``thing``" takes up (see the module's docstring)."""
    if thing.pos_ != "NOUN" or not _bare(thing):
        return []
    lemma = thing.lemma_.lower()
    start = thing.sent.start
    start = ctx.doc[start - 1].sent.start if start > 0 else start
    told = [v for v in ctx.doc[start : thing.i] if v.pos_ == "VERB" and v.i != thing.head.i]
    if lemma in _AGREEMENTS:
        deeds = [v for v in told if _made(v, lemma)]
    elif lemma in _ANY_DEED:
        deeds = [v for v in told if _a_deed(v)]
    else:
        deeds = [v for v in told if _phrasal(v) == lemma]
    if not deeds or not all(told_as_fact(ctx, v) for v in deeds):
        return []  # "Peru may sign a deal. X called the deal ...": not done
    found = {tuple(sorted(set(doers(ctx, v) or _members_of(ctx, v)))) for v in deeds}
    if len(found) != 1:
        return []
    keys = list(next(iter(found)))
    return [] if not keys or any(unnamed_group(ctx, k) for k in keys) else keys


def _bare(thing: Token) -> bool:
    """ "the move", "the move '...'": "the" and nothing else but quotation marks."""
    kids = [c for c in thing.children if c.text not in _QUOTES
            and c.dep_ not in {"punct", "appos"}]  # fmt: skip  # "the move 'a stab ...'"
    return [c.lower_ for c in kids if c.lower_ != "as"] == ["the"]


def _made(verb: Token, lemma: str) -> bool:
    """ "signed a (port) deal", "struck an accord": a verb making an agreement."""
    return verb.lemma_.lower() in _MAKING and any(
        o.lemma_.lower() == lemma for o in g.direct_objects(verb)
    )


def _a_deed(verb: Token) -> bool:
    """A conflict verb that is no saying, or a verb whose object is a conflict noun
    ("imposed tariffs on X", "announced tariffs on X")."""
    if verb.dep_ in {"amod", "acl", "relcl"}:
        return False
    rows = [triggers.trigger(verb.lemma_.lower(), "verb")]
    if rows[0] is None or verb.lemma_ in AUTHORING_VERBS:  # "announced tariffs on X"
        rows = [triggers.trigger(o.lemma_.lower(), "noun") for o in g.direct_objects(verb)]
    return any(r is not None and r.kind is EventKind.CONFLICT
               and r.cameo[:2] not in triggers.SAYING_ROOTS for r in rows)  # fmt: skip


def _phrasal(verb: Token) -> str:
    """The noun a verb and its particle make: "walked out" -> "walkout" (the particle
    may be read as a preposition)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"
                 or (c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in _PARTICLES)]  # fmt: skip
    return verb.lemma_.lower() + particles[0] if len(particles) == 1 else ""


def _members_of(ctx: Context, verb: Token) -> list[str]:
    """ "Members of the union walked out": the body the subject's people belong to."""
    return [k for s in g.subjects(verb) if s.tag_ == "NNS" and not ctx.actors.at(s.i)
            for o in g.prep_objects(s, {"of"}) for k in g.actors_of(ctx, o)]  # fmt: skip
