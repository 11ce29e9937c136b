"""Takeovers and mergers a firm agrees to (CAMEO 057, a deal made): "Halvard Steel agreed
to a takeover by Brightwater Capital", "the board of X accepted a buyout by Y", "X
accepted a takeover offer from Y", "X agreed to be bought by Y", "X's shareholders
approved the merger with Y". The firm that accepts and the one whose deal it is
cooperate. A deal rejected, weighed or expected is none ("rejected a takeover by Y", "is
considering a bid for Y", "a takeover by Y is expected": no verb of accepting), nor is a
state's or a regulator's approval ("Hungary approved Finland's takeover bid"), nor an
acceptance by one who is not the firm taken over ("the Cartel Office accepted
Y's takeover of Z") or of a bid no firm makes or one to do something ("accepted Peru's
bid to host the Games");
the accepting verb's own mood rules ("refused to accept a buyout by Y" is negated).
The words are data: ``accepting``, ``offers``, ``buying``, ``firm-people`` and
``firm-deals``, ``bare-deals`` in ``data/trade-words.txt``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.firm_deals import FIRM_DEALS, a_firm
from kg.extract.senses import sense
from kg.language.lexicon import listed_words
from kg.records import Event, EventKind

_WORDS = listed_words("trade-words.txt", "kg.extract")
_ACCEPTING, _OFFERS, _BUYING = _WORDS["accepting"], _WORDS["offers"], _WORDS["buying"]
_FIRM_PEOPLE, _APPROVING = _WORDS["firm-people"], _WORDS["approving"]
_BARE_DEALS = _WORDS["bare-deals"]
_ASSENTING = _ACCEPTING | _APPROVING
_DEAL = sense("agree", "057")


def agreed_takeovers(ctx: Context, extractor: str) -> Iterator[Event]:
    for token, lemma, _lower, pos in ctx.scan():
        if pos == "VERB" and lemma in _ASSENTING:
            yield from _accepted(ctx, token, extractor)


def _accepted(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    if g.is_passive(verb):
        return  # "the takeover was approved by regulators": no party accepts for itself
    deals = [d for o in g.direct_objects(verb) for d in g.conjuncts(o)]
    if verb.lemma_ == "agree":
        deals += g.prep_objects(verb, {"to"})
    accepting = _accepting_firms(ctx, verb)
    partners: list[str] = []
    tokens: list[Token] = []
    for deal in (d for d in deals if _firm_deal(ctx, d)):
        taken = [k for t in g.prep_objects(deal, {"of"}) for k in g.actors_of(ctx, t)]
        if taken and not set(taken) & set(accepting):
            continue  # "the Cartel Office accepted Y's takeover of Z": not Z accepting
        found = [k for t in _deal_makers(deal) for k in g.actors_of(ctx, t)]
        partners += found
        tokens += [deal] if found else []
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        if clause.lemma_ in _BUYING and g.is_passive(clause):  # "agreed to be bought by Y"
            found = [k for t in g.agents(clause) for k in g.actors_of(ctx, t)]
            partners += found
            tokens += [clause] if found else []
    if partners and accepting:
        yield from make_events(ctx, verb, verb, EventKind.COOPERATION, _DEAL, accepting,
                               partners, tokens, extractor, 0.6)  # fmt: skip


def _firm_deal(ctx: Context, noun: Token) -> bool:
    """ "a takeover", "the merger", "a takeover offer", "a buyout proposal"; a bare
    "bid" or "stake" when a deal word qualifies it ("a takeover bid") or a firm makes
    it ("Y's bid", "a bid from Y"), never one to do something ("a bid to host X")."""
    word = noun.lower_
    if word in _BARE_DEALS or noun.lemma_.lower() in _BARE_DEALS:
        if any(a.dep_ == "aux" and a.lower_ == "to" for c in noun.children for a in c.children):
            return False
        return any(c.dep_ in {"compound", "amod"} and c.lower_ in FIRM_DEALS - _BARE_DEALS
                   for c in noun.children) or any(a_firm(ctx, m) for m in _deal_makers(noun))  # fmt: skip
    if word in FIRM_DEALS or noun.lemma_.lower() in FIRM_DEALS:
        return True
    return word in _OFFERS and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in FIRM_DEALS for c in noun.children
    )


def _deal_makers(deal: Token) -> list[Token]:
    """Whose deal it is: its owner and the one "by", "from" or "with" whom ("Y's
    takeover", "a buyout by Y", "an offer from Y", "the merger with Y")."""
    return [c for c in deal.children if c.dep_ == "poss"] + g.prep_objects(
        deal, {"by", "from", "with"}
    )


def _accepting_firms(ctx: Context, verb: Token) -> list[str]:
    """Who accepts: the subject, or the firm whose board or shareholders do ("the board
    of X accepted", "X's shareholders approved"); never a state, whose assent is a
    regulator's ("Hungary approved Finland's takeover bid", "Peru accepted the merger")."""
    found: list[str] = []
    for s in g.subjects(verb):
        if (keys := g.actors_of(ctx, s)) and verb.lemma_ in _ACCEPTING:
            found += [k for k in keys if not k.startswith("country/")]  # no state's approval
        elif s.lemma_.lower() in _FIRM_PEOPLE or s.lower_ in _FIRM_PEOPLE:
            found += [k for c in s.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
            found += [k for t in g.prep_objects(s, {"of"}) for k in g.actors_of(ctx, t)]
    return found
