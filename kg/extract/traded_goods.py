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
from kg.extract.modifier_owners import modifier_owners
from kg.language.gazetteer import gazetteer

# The phrases on the goods that name where they come from or go to.
_ROUTE_PREPS = {"from", "to"}


def traded_goods(ctx: Context, trade: Token) -> tuple[list[str], list[Token]]:
    """The countries that make the goods a trade noun names ("imports of French wine":
    France), and the goods' own "from" / "to" phrases ("imports of wine from Chile")."""
    return goods_origins(ctx, [c for o in g.prep_objects(trade, {"of"}) for c in g.conjuncts(o)])


def goods_origins(ctx: Context, goods: list[Token]) -> tuple[list[str], list[Token]]:
    """The countries that make ``goods`` ("French wine": France; "Russia's gas"), and
    the goods' own "from" / "to" phrases ("wine from Chile")."""
    makers = [k for k in modifier_owners(ctx, goods) if k.startswith("country/")]
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
    if not found and holder.pos_ == "NOUN":  # "a ban on beef imports from X", hung on "ban"
        found = [t for t in g.prep_objects(holder, {"from"}) if t.i > goods[0].i]
    verb = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ == "dobj" else None
    if not found and verb is not None and verb.pos_ == "VERB":
        found = g.prep_objects(verb, {"from"})
    return found


# Trade with a party a measure bears on, whose "to" or "with" the parser may hang on the
# measure: "an embargo on wheat sales to X", "a ban on arms exports to X".
_SALES = frozenset("sale export shipment delivery trade".split())


def trade_partners(holder: Token, measured: list[Token]) -> list[Token]:
    """Whom the trade a measure noun (``holder``) bears on goes to, named on the measure
    or the verb that imposes it, after the trade: "an embargo on wheat sales to X",
    "imposed a ban on arms sales to X" (not "a ban on smoking in X")."""
    sales = [o for o in measured if o.lemma_.lower() in _SALES]
    if not sales or holder.pos_ != "NOUN" or any(g.prep_objects(o, {"to", "with"}) for o in sales):
        return []
    on = [holder, holder.head] if holder.dep_ == "dobj" and holder.head.pos_ == "VERB" else [holder]
    return [t for h in on for t in g.prep_objects(h, {"to", "with"}) if t.i > sales[0].i]


# A bloc whose adjective a product takes: "duties on European cheese" (the union's);
# only on goods, never people or places ("European leaders", "European countries").
_BLOC_ADJECTIVES = {"european": "European Union"}
_NOT_GOODS = frozenset("country nation state capital city leader official people power".split())


def bloc_makers(measured: list[Token]) -> list[str]:
    """The bloc whose goods a measure is on: "tariffs on European cars": the EU."""
    names = [_BLOC_ADJECTIVES[c.lower_] for o in measured if o.pos_ == "NOUN"
             and o.lemma_.lower() not in _NOT_GOODS for c in o.children
             if c.dep_ == "amod" and c.lower_ in _BLOC_ADJECTIVES]  # fmt: skip
    entries = [gazetteer().lookup(n) for n in dict.fromkeys(names)]
    return [e.key for e in entries if e is not None]
