"""A treaty ratified by its parties together: "A and B ratified the border treaty", "the pact
was ratified by A and B" (both sides, as when they sign it). Not a treaty named for a place or
a body, which many states join one by one ("A and B ratified the Paris climate agreement"), nor
one party alone ("A ratified the treaty"); a partner named after the treaty ("ratified its
treaty with B") is the trigger row's own (a directed verb, which also reads "ratified B's
accession"). The treaty may be the noun a participle follows ("the treaty, ratified by A and
B, ...") or an "it" after it ("The treaty was drafted in May. It was ratified by A and B"):
the treaty the sentence or the one before last named, and only an unnamed one.

A state, or a chamber for its state, that approves another's entry into a body agrees to
it as ratifying it does ("ratified Sweden's accession"): "Hungary approved Finland's bid
to join NATO", "the Turkish parliament approved Sweden's accession to NATO", "approved
Ukraine's membership application" (sign, 057); not a bid for anything else ("approved
X's takeover bid", "approved X's application for asylum").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.records import Event, EventKind

# What two parties conclude between them; "convention" and "protocol" are left out,
# as they are mostly many states' ("the Geneva Conventions").
_TREATIES = frozenset({"treaty", "pact", "agreement", "accord", "deal", "memorandum"})
_PARTICIPLES = frozenset({"acl", "relcl", "amod"})
# What "it" may take up: every treaty word, named ones included ("the Kyoto Protocol ... It").
_TREATY_WORDS = _TREATIES | {"convention", "protocol", "charter", "treaties", "accords", "deals"}
# Verbs that ratify: "ratify" itself, and "approve" for an entry into a body.
RATIFYING = frozenset({"ratify", "approve"})
# An entry into a body ("accession", "membership"), or a bid or application that is one
# ("a bid to join NATO", "an application for membership", "its membership bid").
_ENTRIES = frozenset({"accession", "membership", "admission", "entry"})
_ASKING = frozenset({"bid", "application", "request", "applications", "bids"})


def ratified_together(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """Both parties of a treaty ``verb`` (a form of "ratify") says they ratified; for
    "approve", the entry it approves (:func:`approved_entry`)."""
    if verb.lemma_ != "ratify":
        yield from approved_entry(ctx, verb, extractor)
        return
    passive = g.is_passive(verb)
    treaties = g.subjects(verb) if passive else g.direct_objects(verb)
    if verb.dep_ == "acl" and passive and g.agents(verb):
        treaties = [verb.head]  # "the treaty, ratified by A and B, ..."
    elif verb.dep_ in _PARTICIPLES:
        return
    treaties = [_taken_up(t) if t.lower_ == "it" else t for t in treaties]
    if not any(map(_unnamed_treaty, treaties)):
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


def _taken_up(it: Token) -> Token:
    """The treaty an "it" takes up: the last treaty word before it in its sentence or the
    one before ("The pact was drafted in May. It was ratified by A and B"), else "it"."""
    sent = it.sent
    start = sent.start
    if start > 0:
        start = it.doc[start - 1].sent.start
    words = [t for t in it.doc[start : it.i] if t.lemma_.lower() in _TREATY_WORDS]
    return words[-1] if words else it


def approved_entry(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Hungary approved Finland's bid to join NATO": the approver agrees to the entry
    of the one whose bid or accession it is."""
    if g.is_passive(verb):
        return
    entries = [o for o in g.direct_objects(verb) if _an_entry(o)]
    owners = [k for o in entries for c in o.children if c.dep_ == "poss"
              for k in g.actors_of(ctx, c)]  # fmt: skip
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION, sense("sign", "057"), agents,
                           owners, entries, extractor, 0.6)  # fmt: skip


def _an_entry(noun: Token) -> bool:
    low = noun.lower_
    if low in _ENTRIES:
        return True
    if low not in _ASKING:
        return False
    said = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    said |= {o.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
             for o in c.children if o.dep_ == "pobj"}  # fmt: skip
    joins = any(c.dep_ in {"acl", "relcl"} and c.lemma_ == "join" for c in noun.children)
    return joins or bool(said & _ENTRIES)
