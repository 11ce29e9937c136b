"""Whose agreement a bare "the" noun takes up: the parties that made it just before.

"Egypt and Sudan signed a water agreement. The IMF backed the agreement." (Egypt's and
Sudan's), "Peru signed a deal with Chile. Bolivia condemned the deal." (Peru's and
Chile's: a partner "with" whom it was made is a party too), "Kenya reached an accord
with the rebels on Monday, and the AU welcomed the accord". The agreement must be
made as a fact earlier in the same sentence or in the one before, by a verb of making
one ("signed", "struck", "concluded") whose object is the same noun, and every such
verb there must have the same named parties. A planned or denied agreement ("Peru may
sign a deal"), an owned or described noun ("Peru's deal", "the trade deal", "a deal"),
an unnamed party ("Rebels signed a truce") or two agreements by different parties name
no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.deed_nouns import unnamed_group
from kg.extract.doing import doers
from kg.extract.modality import told_as_fact

# Agreements, and the verbs that make one ("signed a deal with X").
AGREEMENTS = frozenset("deal pact agreement accord treaty memorandum truce ceasefire".split())
MAKING = frozenset("sign conclude seal strike reach ink agree".split())


def pact_parties(ctx: Context, thing: Token) -> list[str]:
    """The named parties of the agreement "the ``thing``" takes up (see the module's
    docstring)."""
    lemma = thing.lemma_.lower()
    if lemma not in AGREEMENTS or thing.pos_ != "NOUN" or not _bare(thing):
        return []
    start = thing.sent.start
    start = ctx.doc[start - 1].sent.start if start > 0 else start
    made = [v for v in ctx.doc[start : thing.i]
            if v.pos_ == "VERB" and v.i != thing.head.i and made_pact(v, lemma)]  # fmt: skip
    if not made or not all(told_as_fact(ctx, v) for v in made):
        return []  # "Peru may sign a deal. X backed the deal": not made
    found = {tuple(sorted(set(_parties(ctx, v, lemma)))) for v in made}
    if len(found) != 1:
        return []
    keys = list(next(iter(found)))
    return [] if not keys or any(unnamed_group(ctx, k) for k in keys) else keys


def made_pact(verb: Token, lemma: str) -> bool:
    """ "signed a (port) deal", "struck an accord": a verb making an agreement."""
    return verb.lemma_.lower() in MAKING and any(
        o.lemma_.lower() == lemma for o in g.direct_objects(verb)
    )


def _bare(thing: Token) -> bool:
    """ "the deal", "the deal's terms": "the" and no word that says which."""
    kids = [c for c in thing.children if c.dep_ not in {"punct", "prep", "acl", "relcl", "case"}]
    return [c.lower_ for c in kids] == ["the"]


def _parties(ctx: Context, verb: Token, lemma: str) -> list[str]:
    """Who made the agreement: the verb's doers and whom it was made "with"."""
    holders = [verb, *(o for o in g.direct_objects(verb) if o.lemma_.lower() == lemma)]
    partners = [k for h in holders for o in g.prep_objects(h, {"with"})
                for k in g.actors_of(ctx, o)]  # fmt: skip
    return doers(ctx, verb) + partners
