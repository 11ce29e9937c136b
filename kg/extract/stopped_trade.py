"""Trade a state stops (CAMEO 163), told by a verb of stopping and the trade it stops.

"Germany stopped buying Russian gas", "Poland stopped importing coal from Russia",
"Chile halted selling arms to Peru": the country whose goods are no longer bought,
or to or from which trade no longer goes, is the one the stopping state acts on
(kg.extract.reductions reads the nouns: "halted imports from X"). Only a state:
"the firm stopped selling to Peru" is business; and only trade: "stopped buying time".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.senses import sense
from kg.extract.struck import all_states
from kg.extract.traded_goods import goods_origins
from kg.records import Event, EventKind

STOPPING_VERBS = frozenset({"stop", "halt", "cease", "suspend", "quit"})
_TRADING = frozenset({"buy", "import", "purchase", "sell", "export", "supply", "ship"})


def stopped_trade(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "X stopped buying Y's gas", "X ceased exporting grain to Y"."""
    acts = [c for c in verb.children
            if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_ in _TRADING]  # fmt: skip
    if not acts:
        return
    agents = doers(ctx, verb)
    if not all_states(agents):
        return
    for act in acts:
        goods = [o for d in g.direct_objects(act) for o in g.conjuncts(d)]
        makers, routes = goods_origins(ctx, goods)
        partners = [*g.prep_objects(act, {"from", "to"}), *routes]
        found = makers + [k for t in partners for k in targets_of(ctx, t)]
        targets = [k for k in dict.fromkeys(found) if k not in agents]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("reduce-relations", "163"),
                               agents, targets, [act, *goods, *partners], extractor, 0.7)  # fmt: skip
