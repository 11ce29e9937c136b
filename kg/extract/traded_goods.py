"""Whose goods a curb on trade names (kg.extract.reductions).

"Peru restricted imports of Chilean wine", "curbed exports of grain to Chile",
"limited imports of copper from Chile": the goods after "of" may carry the
country they come from or go to, as an adjective or a possessive, or by a "from" /
"to" phrase of their own; that country is the one whose trade is curbed.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# The phrases on the goods that name where they come from or go to.
_ROUTE_PREPS = {"from", "to"}


def traded_goods(ctx: Context, trade: Token) -> tuple[list[str], list[Token]]:
    """The countries that make the goods a trade noun names ("imports of French wine":
    France), and the goods' own "from" / "to" phrases ("imports of wine from Chile")."""
    return goods_origins(ctx, [c for o in g.prep_objects(trade, {"of"}) for c in g.conjuncts(o)])


def goods_origins(ctx: Context, goods: list[Token]) -> tuple[list[str], list[Token]]:
    """The countries that make ``goods`` ("French wine": France; "Russia's gas"), and
    the goods' own "from" / "to" phrases ("wine from Chile")."""
    makers = [k for t in goods for c in t.children if c.dep_ in {"poss", "amod", "compound"}
              for k in g.actors_of(ctx, c) if k.startswith("country/")]  # fmt: skip
    routes = [p for t in goods for p in g.prep_objects(t, _ROUTE_PREPS)]
    return list(dict.fromkeys(makers)), routes


# Goods a measure may bear on, named before the country they come from: "tariffs on
# imports from Chile", "a ban on goods from Peru".
_GOODS = frozenset("import good product commodity".split())


def goods_sources(holder: Token, measured: list[Token]) -> list[Token]:
    """Where the goods a measure is on come from: "tariffs on goods from Chile", "a
    duty on peas from Canada"; the parser may hang the "from" on the verb that imposes
    the measure ("imposed tariffs on goods from Chile")."""
    goods = [o for o in measured if o.lemma_.lower() in _GOODS]
    # any wares, when a country follows: "duties on yellow peas from Canada" (the
    # parser may hang the "from" on the measure, after the wares)
    wares = [o for o in measured if o.pos_ == "NOUN" and o not in goods]
    found = [t for o in wares for t in g.prep_objects(o, {"from"}) if t.ent_type_ == "GPE"]
    if wares and not found and holder.pos_ == "NOUN":
        found = [t for t in g.prep_objects(holder, {"from"})
                 if t.ent_type_ == "GPE" and t.i > wares[0].i]  # fmt: skip
    if not goods:
        return found
    found += [t for o in goods for t in g.prep_objects(o, {"from"})]
    verb = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ == "dobj" else None
    if not found and verb is not None and verb.pos_ == "VERB":
        found = g.prep_objects(verb, {"from"})
    return found
