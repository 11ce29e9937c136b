"""Who imposes a measure and on whom, where the parser hangs them away from its noun:

* the target phrase hung on the imposer: "sanctions by the EU on X", "sanctions by
  the US and the EU against X" (the phrase hangs on the last name of the list);
* the noun of imposing the measure is the "of" phrase of: "the imposition of
  sanctions on X by Y", "Y's introduction of an embargo against X".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.doing import measured

# Nouns of putting a measure in place: "the imposition of sanctions on X".
_IMPOSING_NOUNS = frozenset({"imposition", "reimposition", "introduction"})


def standing_body(key: str) -> bool:
    """An international body of the gazetteer ("org/EU", "org/UNSC"), whose name before a
    measure says who would impose it ("new UN sanctions"), never whom it would hit."""
    return key.startswith("org/") and key[4:].isupper()


def imposer_targets(ctx: Context, noun: Token, preps: frozenset[str]) -> list[str]:
    """Whom the measure is on when the phrase hangs on whoever imposes it: "sanctions
    by the EU on X", "by A and B against X"."""
    imposers = [t for o in g.prep_objects(noun, {"by", "from"}) for t in (o, *o.conjuncts)]
    return [k for t in imposers for o in measured(t, preps) for k in targets_of(ctx, o)]


def imposing_noun(noun: Token) -> Token | None:
    """The noun of imposing ``noun`` is the "of" phrase of: "the imposition of
    sanctions", "Japan's introduction of an embargo"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    head = prep.head
    return head if head.pos_ == "NOUN" and head.lower_ in _IMPOSING_NOUNS else None


def imposing_parties(
    ctx: Context, noun: Token, preps: frozenset[str]
) -> tuple[list[str], list[str]]:
    """Who imposes the measure ``noun`` names and on whom, said by the noun of imposing
    it: "Japan's introduction of sanctions", "the imposition of sanctions on Iran by the
    US" (the "by" and "on" phrases may hang on either noun)."""
    imposing = imposing_noun(noun)
    if imposing is None:
        return [], []
    agents = [k for c in imposing.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    agents += [k for t in g.prep_objects(imposing, {"by"}) for k in g.actors_of(ctx, t)]
    targets = [k for t in measured(imposing, preps) for k in targets_of(ctx, t)]
    return agents, targets
