"""Parties of trade, whom no cooperation between states joins.

A firm's investment in a country is its business: "Holm Mining invested $2bn in
Chile", "Velcor expects its investment in Brazil to pay off", and a nation's business
named by its adjective on a counted investment ("the third Norwegian investment in
Peru", "a Turkish investment in Iran") cooperate with no country; a state or a body
the gazetteer lists still does ("Japan invested $10bn in India", "Chinese investment
in Kenya has grown"; rows flagged ``public-giver`` in the trigger table), and so does a
person, mostly a state's leader ("Prime Minister X pledged to invest $10bn in India"). A good
traded in bulk sent "from A to B" names a route, not a giver ("the delivery of oil
from Russia to India", "oil deliveries from Russia to India"), and a firm that
delivers it sells ("deliveries of oil to India by Velcor Oil"); a state that does gives
("Kuwait's deliveries of fuel to Jordan"). Help that is the purpose of a sale or a
purchase is business ("X was sold to help Z pay its tax bill"). A bare plural of an
unnamed kind of body is no one to cooperate with ("funded liberal opposition groups").
Read by :func:`kg.extract.directed_events.make_events`; the words are data
(``data/trade-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.firm_trade import commodity
from kg.extract.funded_owners import public_payer
from kg.extract.senses import Sense
from kg.language.lexicon import listed_words
from kg.records import EventKind

_WORDS = listed_words("trade-words.txt", "kg.extract")
_TRADING, _GENERIC = _WORDS["trading"], _WORDS["generic"]
_PLACES = ("country/", "place/")
_COUNTING = frozenset({"a", "an", "another"})


def trade_parties(
    ctx: Context, anchor: Token, trigger: Token, kind: EventKind, s: Sense,
    agents: list[str], targets: list[str],
) -> tuple[list[str], list[str]]:  # fmt: skip
    """The ``agents`` and ``targets`` of an event less those that only trade (see the
    module); none at all for help given by a sale."""
    if kind is not EventKind.COOPERATION:
        return agents, targets
    if "public-giver" in s.flags and targets and all(t.startswith(_PLACES) for t in targets):
        # (a person stays: most who pledge a country's money are its leaders, "Prime
        # Minister X pledged to invest $10bn in India")
        agents = [a for a in agents if a.startswith("person/")
                  or (public_payer(ctx, a) and not _counted_nation(ctx, trigger, a))]  # fmt: skip
    if s.cameo[:2] == "07":
        if trigger.pos_ == "NOUN" and _goods_only(trigger):
            agents = [a for a in agents
                      if public_payer(ctx, a) and not _origin(ctx, trigger, a)]  # fmt: skip
        if _sold_to_help(anchor):
            return [], []
    return agents, [t for t in targets if not _generic_body(ctx, trigger, t)]


def _named_by(ctx: Context, near: Token, key: str) -> list[Token]:
    return [t for t in ctx.sentence_tokens(near) if ctx.actors.at(t.i) == key]


def _counted_nation(ctx: Context, noun: Token, key: str) -> bool:
    """A nation named by its adjective on a counted noun: "a Turkish investment", "the
    third Norwegian investment", "two German investments" (one project of its firms)."""
    if noun.pos_ != "NOUN":
        return False
    counted = any(
        (c.dep_ == "det" and c.lower_ in _COUNTING)
        or c.dep_ == "nummod"
        or (c.dep_ == "amod" and c.ent_type_ == "ORDINAL")
        for c in noun.children
    )
    return counted and any(
        c.dep_ == "amod" and c.ent_type_ == "NORP" and ctx.actors.at(c.i) == key
        for c in noun.children
    )


def _goods(noun: Token) -> list[Token]:
    """What a noun of giving says is given: its "of" phrase ("delivery of oil, gas and
    coal") or the noun it is compounded to ("oil deliveries")."""
    given = [t for o in g.prep_objects(noun, {"of"}) for t in (o, *o.conjuncts)]
    return given or [c for c in noun.children if c.dep_ == "compound"]


def _goods_only(noun: Token) -> bool:
    goods = _goods(noun)
    return bool(goods) and all(map(commodity, goods))


def _origin(ctx: Context, noun: Token, key: str) -> bool:
    """Whether ``key`` is named only where the goods come "from": a place of a route."""
    froms = [t for h in (noun, *g.prep_objects(noun, {"of"})) for t in g.prep_objects(h, {"from"})]
    inside = {t.i for f in froms for t in f.subtree}
    named = _named_by(ctx, noun, key)
    return bool(named) and all(t.i in inside for t in named)


def _sold_to_help(verb: Token) -> bool:
    """ "X was sold to help Z pay its bill", "sold its stake to help Z pay": help that is
    the purpose of a sale or a purchase."""
    return (
        verb.lemma_ == "help"
        and verb.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in _TRADING
    )


def _generic_body(ctx: Context, near: Token, key: str) -> bool:
    """An unnamed kind of body named as a bare plural: "liberal opposition groups",
    "local charities" (not "the opposition groups", nor a name in capitals)."""
    if not key.startswith("group/"):
        return False
    named = _named_by(ctx, near, key)
    heads = [t for t in named if t.head.i == t.i or ctx.actors.at(t.head.i) != key]
    return bool(heads) and all(
        h.tag_ == "NNS"
        and h.lower_ in _GENERIC
        and not any(c.dep_ in {"det", "poss"} for c in h.children)
        and not any(t.is_title and not t.is_sent_start for t in named)
        for h in heads
    )
