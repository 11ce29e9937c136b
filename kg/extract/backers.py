"""Who keeps whom going, told by what the giver is called: "Norway, the biggest donor
to the Palestinian Authority", "Iran is the main sponsor of the militia", "China is
Pakistan's main arms supplier", "Japan remains Laos's largest creditor" (aid, CAMEO
070, from the one so called to the one it gives to). The noun is the giver's own
description: a predicate of "be", "remain", "become" or an apposition; the receiver is
its owner ("Pakistan's"), a modifier ("a Labour donor") or its "to"/"of"/"for" phrase.
Money lent is aid only between states and bodies: "Barclays, a lender to small firms"
is business, so creditors, lenders and suppliers need a state or body on each side,
and a supplier gives aid only when it supplies arms. "a former donor to X", "is no
longer a sponsor of X" and "is not a donor to X" give none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.ally_names import no_more
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.modifier_owners import WITH_NMOD, owning_words
from kg.extract.senses import sense
from kg.records import Event, EventKind

_GIVERS = frozenset("donor donors benefactor benefactors patron patrons sponsor sponsors".split())
_LENDERS = frozenset(
    "creditor creditors lender lenders financier financiers bankroller supplier suppliers".split()
)
_ARMS = frozenset("arms weapons weapon military defence defense".split())
# Verbs that make their complement what the subject is: "X is / remains Y's ally".
BEING = frozenset({"be", "remain", "become", "stay"})


def backer_events(ctx: Context, extractor: str) -> Iterator[Event]:
    for token, _lemma, lower, pos in ctx.scan():
        if (lower in _GIVERS or lower in _LENDERS) and pos == "NOUN":
            yield from _backer(ctx, token, extractor)


def _backer(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    if noun.dep_ in {"attr", "oprd"} and noun.head.lemma_ in BEING:
        anchor = noun.head
        holders = [k for s in g.subjects(anchor) for k in g.actors_of(ctx, s)]
    elif noun.dep_ == "appos":
        anchor = noun.head
        holders = g.actors_of(ctx, noun.head)
    else:
        return
    mods = owning_words(noun, WITH_NMOD - {"amod"})  # "a Russian supplier": the backer's own
    arms = any(c.lower_ in _ARMS for c in noun.children) or any(
        o.lower_ in _ARMS for o in g.prep_objects(noun, {"of"})
    )
    if noun.lower_.startswith("supplier") and not arms:
        return  # "Germany's main gas supplier": trade, no aid
    owners = [k for c in mods if c.lower_ not in _ARMS for k in g.actors_of(ctx, c)]
    owners += [k for t in g.prep_objects(noun, {"to", "of", "for"}) for k in g.actors_of(ctx, t)]
    owners = [k for k in dict.fromkeys(owners) if k not in holders]
    if noun.lower_ in _LENDERS and not all(_public(ctx, k) for k in holders + owners):
        return  # a bank's loans to a firm: business
    if no_more(noun) or not holders or not owners:
        return
    yield from make_events(ctx, anchor, noun, EventKind.COOPERATION, sense("aid", "070"),
                           holders, owners, [noun], extractor, 0.7)  # fmt: skip


def _public(ctx: Context, key: str) -> bool:
    """A state, or a body the gazetteer knows (the IMF, the World Bank), not a firm."""
    actor = ctx.actors.actors.get(key)
    return key.startswith("country/") or (
        key.startswith("org/") and actor is not None and actor.wikidata is not None
    )
