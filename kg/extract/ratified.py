"""A treaty ratified by its parties together: "A and B ratified the border treaty", "the pact
was ratified by A and B" (both sides, as when they sign it). Not a treaty named for a place or
a body, which many states join one by one ("A and B ratified the Paris climate agreement"), nor
one party alone ("A ratified the treaty"); a partner named after the treaty ("ratified its
treaty with B") is the trigger row's own (a directed verb, which also reads "ratified B's
accession").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import make_events
from kg.extract.senses import sense
from kg.records import Event, EventKind

# What two parties conclude between them; "convention" and "protocol" are left out,
# as they are mostly many states' ("the Geneva Conventions").
_TREATIES = frozenset({"treaty", "pact", "agreement", "accord", "deal", "memorandum"})
_PARTICIPLES = frozenset({"acl", "relcl", "amod"})


def ratified_together(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """Both parties of a treaty ``verb`` (a form of "ratify") says they ratified."""
    passive = g.is_passive(verb)
    treaties = g.subjects(verb) if passive else g.direct_objects(verb)
    if verb.dep_ in _PARTICIPLES or not any(map(_unnamed_treaty, treaties)):
        return
    parties = [k for t in (g.agents(verb) if passive else g.subjects(verb))
               for k in g.actors_of(ctx, t)]  # fmt: skip
    parties = list(dict.fromkeys(parties))
    if len(parties) < 2:
        return
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION,
                           sense("sign", "057", symmetric=True), parties, [], treaties,
                           extractor, 0.65)  # fmt: skip


def _unnamed_treaty(noun: Token) -> bool:
    """A treaty noun with no partner after it and no name on it: "the border treaty" (not
    "the Paris agreement", "the EU treaty", "the treaty with B")."""
    if noun.lemma_.lower() not in _TREATIES or noun.ent_type_ or noun.pos_ != "NOUN":
        return False
    children = list(noun.children)  # read once: spaCy makes new Tokens at every pass
    return not any(
        (c.dep_ in {"compound", "amod", "nmod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_))
        or (c.dep_ == "prep" and c.lower_ in {"with", "between", "among"})
        for c in children
    )
