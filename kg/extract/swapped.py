"""Releases that are one half of a swap (CAMEO 0841).

A swap is cooperation between the two sides that trade their captives ("A and B
exchanged prisoners"; the swap rows of the trigger table), never a tie between a side
and the people freed. So a release told as part of the swap itself gives no row of its
own ("A and B exchanged detainees, releasing X and Y": each side freed only one of
them), and one done "in exchange for" someone frees only people whose country is
named ("A freed X in exchange for Y" ties A to no one; "freed two Britons in exchange
for Y" still yields to Britain). Whoever holds the one a release is traded for is the
other side of the swap ("A freed X in exchange for Y, held by B": A and B;
:func:`holders_traded`, read in :mod:`kg.extract.yielded`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.giving import is_captive
from kg.extract.struck import named_person, released_to
from kg.language.lexicon import listed_words

# Verbs that trade one side's captives for the other's, and the nouns of such a trade.
_SWAPPING = frozenset({"exchange", "swap", "trade"})
_SWAPS = frozenset({"exchange", "exchanges", "swap", "swaps"})
# What is traded in a swap, besides captives and people named.
_TRADED = frozenset({"body", "remain", "remains", "spy", "soldier", "serviceman", "pow"})
# Deals a release is done under, which tie the freer to the deal's other side, never to
# the one freed: "freed X under a deal with Oman", "as part of an agreement with Oman".
_FREEING = listed_words("freeing-words.txt", package="kg.extract")
_DEALS, _DEAL_PREPS = _FREEING["deals"], _FREEING["deal-preps"]


def frees(ctx: Context, verb: Token, targets: list[Token]) -> bool:
    """Whether a verb of release frees someone the release counts for: not when no
    captive or person is let go ("released a statement") or the release is part of a
    swap told around it; after "in exchange for", only someone whose country is named
    or captives not named ("freed X in exchange for Y" ties the freer to no one)."""
    if not any(is_captive(ctx, t) for t in targets) or _half_of_swap(ctx, verb):
        return False
    return not _swap_nouns(verb) or any(
        not named_person(ctx, t) or released_to(ctx, [t], []) for t in targets
    )


def _half_of_swap(ctx: Context, verb: Token) -> bool:
    """ "A and B exchanged prisoners, freeing X", "..., with A releasing X", "the swap
    freed X": the verb or a clause it belongs to is the swap."""
    for v in [verb, *list(verb.ancestors)[:4]]:
        if any(s.lower_ in _SWAPS for s in g.subjects(v)):
            return True  # "the prisoner swap freed X"
        if v.pos_ in {"VERB", "AUX"} and v.lemma_ in _SWAPPING and v is not verb:
            return any(is_captive(ctx, o) or o.lemma_.lower() in _TRADED
                       for o in g.direct_objects(v))  # fmt: skip
    return False


def _swap_nouns(verb: Token) -> list[Token]:
    """The nouns of "in exchange for Y", "in return for Y", "as part of a swap", "under
    a deal with Y", "as part of an agreement" on ``verb``."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lower_ in _SWAPS or (noun.lower_ == "return" and prep.lower_ == "in"):
                found.append(noun)
            elif noun.lower_ in _DEALS and prep.lower_ in _DEAL_PREPS:
                found.append(noun)  # "freed X under a deal with Oman"
            found += [p for p in g.prep_objects(noun, {"of"})
                      if noun.lower_ == "part" and p.lower_ in _SWAPS | _DEALS]  # fmt: skip
    return found


# Participles that say who holds someone: "Y, held by B", "Y, jailed in B".
_HOLDING = frozenset({"hold", "jail", "detain", "imprison", "arrest", "convict", "sentence"})


def holders_traded(ctx: Context, verb: Token) -> list[str]:
    """The states that hold whom a release was traded for ("freed X in exchange for Y,
    a businessman held by B", "for an engineer jailed in B"): the release and their
    release of Y are one swap, cooperation between the freer and them."""
    traded = [o for n in _swap_nouns(verb) for o in g.prep_objects(n, {"for"})]
    traded += [a for t in traded for a in t.children if a.dep_ == "appos"]
    found: list[str] = []
    for part in (c for t in traded for c in t.children if c.dep_ in {"acl", "relcl"}):
        if part.lemma_ not in _HOLDING:
            continue
        found += [k for a in g.agents(part) for k in g.actors_of(ctx, a)]
        found += [
            k
            for p in g.prep_objects(part, {"in"})
            for k in g.actors_of(ctx, p, include_places=True)
        ]
    return [k for k in dict.fromkeys(found) if k.startswith("country/")]
