"""Business deals between named parties, as economic cooperation (CAMEO 061).

A purchase from a seller ("Poland ordered 40 jets from X", "Hungary bought gas from
Russia"), a sale or licence to a buyer ("Kazakhstan sold oil to China", "X licensed its
design to Y"; arms sold are aid, told by the trigger table), a contract won from,
awarded by or renewed with someone ("X won a contract to build Egypt's metro", "Norway
awarded X a contract", "X was awarded a contract by Chile", "renewed its contract with
Y") and an order placed with or received from someone ("placed an order for jets with
X", "received an order from Qatar"). Only goods, rights and deals count: "ordered the
troops from the border", "bought time from X" are none. A bid, an offer, talks, a
deal that may come or a lost tender are no deal (no row, or the verb's mood).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.giving import is_aid, is_arms
from kg.extract.senses import sense
from kg.language.lexicon import listed_words
from kg.records import Event, EventKind

_WORDS = listed_words("commerce-words.txt")
_BUYING, _SELLING, _GOODS = _WORDS["buying"], _WORDS["selling"], _WORDS["goods"]
_DEALS, _WINNING, _AWARDING = _WORDS["deals"], _WORDS["winning"], _WORDS["awarding"]
_KEEPING, _PLACING, _SEALING = _WORDS["keeping"], _WORDS["placing"], _WORDS["sealing"]
_CONFIRMING = _WORDS["confirming"]
_TRADE = sense("cooperate", "061", symmetric=True)
_PEOPLE_OR_FORCES = {"PERSON", "NORP"}
# Bodies of several firms, named by their members: "a consortium of A and B".
_ORDERS = frozenset({"order", "orders"})
# Nouns of a deal that may name the firm hired "for" a work: "a deal for X to build Y".
_HIRING = frozenset({"deal", "deals", "contract", "contracts", "agreement", "agreements"})
MEMBERED = frozenset({"consortium", "consortia", "syndicate", "syndicates"})


def business_deals(ctx: Context, extractor: str) -> Iterator[Event]:
    """Purchases, sales, licences, contracts and orders between named parties."""
    for token, lemma, lower, pos in ctx.scan():
        if pos != "VERB":
            if lower in _DEALS and pos == "NOUN" and token.dep_ in {"dobj", "nsubjpass"}:
                yield from _deal(ctx, token, extractor)
            elif lower in _DEALS and pos == "NOUN" and (firm := _awarded_firm(token)) is not None:
                clients = _named(ctx, g.subjects(firm.head))  # "Y awarded X, a state firm, ..."
                yield from _each(ctx, firm.head, token, _named(ctx, [firm]), clients, [token],
                                 extractor)  # fmt: skip
            if lower in _HIRING and pos == "NOUN" and token.dep_ in {"dobj", "nsubjpass"}:
                yield from _deal_for(ctx, token, extractor)
            if lower in _ORDERS and pos == "NOUN" and token.head.lemma_.lower() in _CONFIRMING:
                yield from _owned_order(ctx, token, extractor)
            continue
        if lemma in _BUYING or lemma in _SELLING:
            yield from _traded(ctx, token, lemma, extractor)
        elif lemma == "pay":
            yield from _paid(ctx, token, extractor)


def _traded(ctx: Context, verb: Token, lemma: str, extractor: str) -> Iterator[Event]:
    """ "bought gas from Russia", "sold oil to China", "licensed its design to Y"."""
    if g.is_passive(verb) or _habitual(verb):
        return
    things = [o for o in g.direct_objects(verb) if o.pos_ != "ADP"]  # (not a dative "to")
    if not things or not all(map(goods, things)):
        return
    if lemma == "sell" and any(map(is_arms, things)):
        return  # arms sold are aid (the trigger table's row)
    preps = {"from"} if lemma in _BUYING else {"to"}
    if lemma in _BUYING and lemma in _SELLING:  # "leased drones from X", "licensed it to X"
        preps = {"from", "to"}
    partners = _named(ctx, [p for t in [verb, *things] for p in g.prep_objects(t, preps)])
    partners += _named(ctx, [o for c in verb.children if c.dep_ == "dative" and c.lower_ in preps
                             for o in c.children if o.dep_ == "pobj"])  # fmt: skip
    doers = _named(ctx, g.subjects(verb))
    if not partners:
        return  # "A and B sell 10,000 cars between them": each its own sales
    yield from _each(ctx, verb, verb, doers, partners, things, extractor)


def _habitual(verb: Token) -> bool:
    """ "sells 60% of its output to X", "buys most of its gas from Y": trade that goes
    on (a simple present with no helper), no deal made."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children
    )


def _paid(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "paid Ghana $20m for the mining rights", "paid $2bn to Egypt for the jets": money
    paid to someone for goods or rights (not compensation, a ransom or a visit)."""
    things = [o for o in g.direct_objects(verb) if o.pos_ != "ADP"]
    bought = [t for x in [verb, *things] for t in g.prep_objects(x, {"for"})]
    if g.is_passive(verb) or not any(map(is_aid, things)) or not any(map(goods, bought)):
        return
    paid = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    paid += [o for c in verb.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"
             for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    partners = [k for k in _named(ctx, paid) if not k.startswith("person/")]
    if partners:
        yield from _each(
            ctx, verb, verb, _named(ctx, g.subjects(verb)), partners, things, extractor
        )


def _owned_order(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """ "Saudi Arabia's order for 48 jets from X was confirmed": who ordered, from whom."""
    owners = _named(ctx, [c for c in noun.children if c.dep_ == "poss"])
    near = [noun, *g.prep_objects(noun, {"for"})]
    sellers = _named(ctx, [p for t in near for p in g.prep_objects(t, {"from", "with"})])
    if owners and sellers and _ordered_goods(noun):
        yield from _each(ctx, noun.head, noun, owners, sellers, [noun], extractor)


def goods(thing: Token) -> bool:
    """Goods, rights or money's worth: "gas", "40 fighter jets", "its stake", "$2bn of
    bonds" (not "the troops", "time", "an idea")."""
    if thing.ent_type_ in _PEOPLE_OR_FORCES or thing.pos_ == "PRON":
        return False
    words = {thing.lemma_.lower(), thing.lower_}
    words |= {c.lemma_.lower() for c in thing.children if c.dep_ in {"compound", "amod"}}
    return bool(words & _GOODS) or is_arms(thing) or is_aid(thing)


def _deal(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """A contract or order won, awarded, renewed or placed, and with whom."""
    verb, lemma = noun.head, noun.head.lemma_.lower()
    if noun.lemma_.lower() == "order" and not _ordered_goods(noun):
        return  # "received an order from the ministry to halt work": a command
    passive = noun.dep_ == "nsubjpass" or g.is_passive(verb)
    near = [verb, noun, *g.prep_objects(noun, {"for"})]
    if lemma in _WINNING and not passive:  # "won a contract from X", "to build Egypt's metro"
        suppliers = _named(ctx, g.subjects(verb)) or _members(ctx, g.subjects(verb))
        clients = _named(ctx, [p for t in near for p in g.prep_objects(t, {"from", "with"})])
        clients = clients or _served(ctx, noun)
    elif lemma in _AWARDING and noun.lower_ in _ORDERS:
        return  # a court's order given to someone is a command
    elif lemma in _AWARDING and passive and noun.dep_ == "dobj":  # "X was awarded a contract by Y"
        suppliers = _named(ctx, g.subjects(verb))
        clients = _named(ctx, [p for t in near for p in g.prep_objects(t, {"by"})])
    elif lemma in _AWARDING and passive:  # "the contract was awarded to X by Y"
        suppliers = _named(ctx, [p for t in near for p in g.prep_objects(t, {"to"})])
        clients = _named(ctx, [p for t in near for p in g.prep_objects(t, {"by"})])
    elif lemma in _AWARDING and not passive:  # "Y awarded X a contract", "the contract to X"
        clients = _named(ctx, g.subjects(verb))
        given = [c for c in verb.children if c.dep_ == "dative" and c.tag_ != "IN"]
        suppliers = _named(ctx, [*given, *(p for t in near for p in g.prep_objects(t, {"to"}))])
    elif (lemma in _KEEPING or lemma in _PLACING) and not passive:  # "placed an order with X"
        clients = _named(ctx, g.subjects(verb))
        suppliers = _named(ctx, [p for t in near for p in g.prep_objects(t, {"with"})])
    else:
        return
    yield from _each(ctx, verb, noun, suppliers, clients, [noun], extractor)


def _awarded_firm(noun: Token) -> Token | None:
    """ "Kazakhstan awarded X, a Canadian mining firm, a contract": the parser
    takes the contract for one more apposition of the firm; the firm, when the verb the
    appositions hang on awards (not "X, a firm that won a contract")."""
    firm = noun
    while firm.dep_ == "appos" and firm.head.i != firm.i:
        firm = firm.head
    verb = firm.head
    if firm.i == noun.i or firm.dep_ not in {"dobj", "dative"} or g.is_passive(verb):
        return None
    return firm if verb.lemma_.lower() in _AWARDING and verb.pos_ == "VERB" else None


def _deal_for(ctx: Context, noun: Token, extractor: str) -> Iterator[Event]:
    """A deal for a firm to do work, and whom the work is for or who signed it: "signed
    a deal for X to build its metro", "a deal for X to build Egypt's metro was signed"."""
    work = [c for c in _clauses(noun) if any(a.lower_ == "to" for a in c.children)]
    # "for X to build": X after "for" on the noun, or the clause's subject after a "for"
    told = [s for w in work if any(m.dep_ == "mark" and m.lower_ == "for" for m in w.children)
            for s in g.subjects(w)]  # fmt: skip
    hired = _named(ctx, [*g.prep_objects(noun, {"for"}), *told])
    if not work or not hired:
        return
    verb = noun.head
    if verb.lemma_.lower() not in _SEALING:
        return  # "rejected a deal for X to build ...", "discussed a deal"
    clients = [k for k in _served(ctx, noun) if k not in hired]  # ("its": maybe the firm)
    if noun.dep_ == "dobj" and not g.is_passive(verb):
        clients = clients or _named(ctx, g.subjects(verb))
    yield from _each(
        ctx, verb, noun, hired, [k for k in clients if k not in hired], [noun], extractor
    )


def _ordered_goods(noun: Token) -> bool:
    """An order of goods: "an order for 24 jets", "a 12-jet order" (not an order to act)."""
    if any(c.dep_ == "acl" for c in noun.children):
        return False
    said = [noun, *(p for t in (noun, noun.head) for p in g.prep_objects(t, {"for"}))]
    return any(goods(t) for t in said[1:]) or any(c.like_num for c in noun.lefts)


def _served(ctx: Context, noun: Token) -> list[str]:
    """Whom the work a contract names is for: the owner of what its clause builds or
    supplies ("a contract to build Egypt's metro", "to supply the Indonesian navy"), or
    of what it is for ("a contract for Qatar's tram network")."""
    work = _clauses(noun)
    things = [o for v in work for o in [*g.direct_objects(v), *g.prep_objects(v, {"to", "for"})]]
    things += g.prep_objects(noun, {"for"})
    owners = [c for t in things for c in t.children if c.dep_ == "poss"]
    return [k for k in _named(ctx, [*owners, *things]) if k.startswith(("country/", "org/"))]


def _members(ctx: Context, tokens: list[Token]) -> list[str]:
    """The members of a consortium named by them: "a consortium of A and B won"."""
    return _named(
        ctx, [o for t in tokens if t.lower_ in MEMBERED for o in g.prep_objects(t, {"of"})]
    )


def _each(ctx: Context, anchor: Token, trigger: Token, sides: list[str], others: list[str],
          tokens: list[Token], extractor: str) -> Iterator[Event]:  # fmt: skip
    """A deal between each party on one side and each on the other, none between two
    on the same side ("sold the unit to A and then to B": A and B made no deal)."""
    for side in sides:
        yield from make_events(ctx, anchor, trigger, EventKind.COOPERATION, _TRADE, [side],
                               others, tokens, extractor, 0.65, one_each=True)  # fmt: skip


def _clauses(noun: Token) -> list[Token]:
    """The clauses that tell a deal's work: "a contract to build X", "a deal for Y to run X"."""
    return [c for c in noun.children if c.dep_ in {"acl", "relcl", "advcl"} and c.pos_ == "VERB"]


def _named(ctx: Context, tokens: list[Token]) -> list[str]:
    return list(dict.fromkeys(k for t in tokens for k in g.actors_of(ctx, t)))
