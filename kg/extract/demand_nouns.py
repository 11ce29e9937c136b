"""Whom a demand noun is made of when its own phrase does not say it with "on".

* "X's demand that Y halt the tests": the subject of the "that" clause, also when the
  small parser takes the bare verb for a noun ("Y halt" read as a compound) and so
  hangs the clause nowhere near the noun;
* "X's demand for Y's withdrawal", "a demand for an apology from Y": the one who is to
  go, to apologise or to pay.

"the demand that Y made" is a relative clause (Y's own demand, of no one named), so
the word after the clause's subject must be a bare verb, a modal or a possessive.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context

# What is asked of someone, beside the demanded-frame nouns of the trigger table
# ("resignation", "withdrawal", "extradition"...).
_ASKED_OF = frozenset({"apology", "apologies", "explanation", "compensation", "reparations"})
# Words that may follow a clause subject in the subjunctive: "that Y halt", "that Y
# should", "that Y's army"; NN is the bare verb the tagger reads as a noun ("Y halt").
_BARE = frozenset({"VB", "VBP", "MD", "POS"})


def demanded_of(ctx: Context, noun: Token) -> list[str]:
    """The actors a demand noun is made of, by its "that" clause or what it asks for."""
    found = _clause_subject(ctx, noun)
    for asked in g.prep_objects(noun, {"for"}):
        if asked.lower_ in _ASKED_OF or _demanded_noun(asked):
            found += [k for c in asked.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
            found += [k for t in g.prep_objects(asked, {"from"}) for k in g.actors_of(ctx, t)]
    return list(dict.fromkeys(found))


@cache
def _demanded_words() -> frozenset[str]:
    """The nouns of the table's "demanded" frame ("resignation", "withdrawal")."""
    return frozenset(w for (w, _) in triggers.words(frame="demanded", pos="noun"))


def _demanded_noun(token: Token) -> bool:
    return token.lower_ in _demanded_words() or token.lemma_.lower() in _demanded_words()


def _clause_subject(ctx: Context, noun: Token) -> list[str]:
    """The actor right after the "that" which follows the noun (or its "by X")."""
    doc = noun.doc
    end = max([noun.i, *(t.right_edge.i for t in g.prep_objects(noun, {"by", "from"}))])
    that = end + 1
    if that >= len(doc) or doc[that].lower_ != "that" or doc[that].dep_ in {"dobj", "nsubj"}:
        return []
    i = that + 1
    key = ctx.actors.at(i) if i < len(doc) else None
    if key is None:
        return []
    while i + 1 < len(doc) and ctx.actors.at(i + 1) == key:
        i += 1
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None:
        return []
    bare = after.tag_ in _BARE or (after.tag_ == "NN" and after.dep_ == "compound")
    return [key] if bare else []
