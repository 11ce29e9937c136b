"""A charge answered: whoever rejects, dismisses or denies an accusation (or a
reproach) opposes whoever made it, with the trigger table's sense of the verb
(CAMEO 120 for "rejected", "dismissed", "denied"; 111 for "hit back at").

The maker is named in the phrase ("Peru rejected Chile's accusation", "denied the
allegations made by Chile", "dismissed accusations from Chile", "the charges were
rejected by Peru" after "by Chile") or, when the noun is bare ("Peru rejected the
accusation", "Lima dismissed the charge as baseless", "hit back at the claims"),
is the one accuser of the rejecting party (or of the country or body it serves)
that the article told before: "Chile accused Peru of X. Peru rejected the
accusation." That is read from the accusation's own event once the article is
extracted (:func:`resolve_told_charges`, run by the pipeline); until then the
rejection is an :class:`~kg.extract.base.AnsweredCharge` (its agents and the code of
the charge; no Event, so none reaches the graph unresolved), and a rejection whose
accuser is not exactly one (none told, two accusers, an accusation of someone else,
one only planned or denied) is dropped. Not "rejected the proposal"
(no charge), "denied the report" (a report is no one's act here), nor "rejected
Chile's claims to the islands" (a claim on land). A negated rejection is kept,
as not factual ("Peru did not reject the accusation").

The words are data (``data/charge-words.txt``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import AnsweredCharge, Context
from kg.extract.directed_events import make_events
from kg.extract.owner_parties import owners
from kg.extract.passives import acted_on
from kg.extract.senses import Sense, verb_key, verb_senses
from kg.language.lexicon import listed_words
from kg.records import Event, EventKind, Participant, Relation, RelationType

NAME = "answered_charges"
EXTRACTOR = f"{NAME}/v1"

_WORDS = listed_words("charge-words.txt", package="kg.extract")
# the noun of a charge -> the CAMEO code of the act that made it
_CHARGES = {
    **dict.fromkeys(_WORDS["accusation"], "112"),
    **dict.fromkeys(_WORDS["reproach"], "111"),
}
_ANSWERING = frozenset(w.replace("+", " ") for w in _WORDS["answering"])
_FIRST_WORDS = frozenset(w.split()[0] for w in _ANSWERING)
_VERBS = verb_senses(EventKind.CONFLICT)
# "rejected Chile's claims to the islands": a claim on land, no charge
_LAID_CLAIM = frozenset({"to", "over", "on"})
# the maker of a charge told before, while the answer's event is made (never kept)
_TOLD = "told/"


def extract(ctx: Context) -> Iterator[Event | AnsweredCharge]:
    if not ctx.has_any(frozenset(_CHARGES)):
        return
    for verb, lemma, _, pos in ctx.scan():
        if lemma not in _FIRST_WORDS or pos != "VERB":
            continue
        key = verb_key(verb, _VERBS)
        if key not in _ANSWERING:
            continue
        yield from _answered(ctx, verb, _VERBS[key])


def _answered(ctx: Context, verb: Token, s: Sense) -> Iterator[Event | AnsweredCharge]:
    passive = g.is_passive(verb)
    agents = [k for t in (g.agents(verb) if passive else g.subjects(verb))
              for k in g.actors_of(ctx, t)]  # fmt: skip
    if not agents:
        return
    for noun in _charges(verb, s, passive):
        makers = [k for k in owners(ctx, noun) if k not in agents]
        if makers or not _bare(noun):
            yield from make_events(ctx, verb, verb, EventKind.CONFLICT, s, agents, makers,
                                   [verb, noun], EXTRACTOR, 0.6)  # fmt: skip
            continue
        # "the accusation": the one told before, if any
        for e in make_events(ctx, verb, verb, EventKind.CONFLICT, s, agents, [_TOLD],
                             [verb, noun], EXTRACTOR, 0.6):  # fmt: skip
            kept = tuple(p for p in e.participants if p.actor != _TOLD)
            yield AnsweredCharge(replace(e, participants=kept), _CHARGES[noun.lower_])


def _charges(verb: Token, s: Sense, passive: bool) -> list[Token]:
    """The charges ``verb`` answers: its object ("rejected the accusation"), a
    passive's subject ("the charges were denied"), or the phrase it answers at
    ("hit back at the claims")."""
    held = acted_on(verb, passive) if s.direct_object else g.prep_objects(verb, s.target_preps)
    if not s.direct_object:  # "hit back at": the parser may hang "at" on "back"
        held += [o for c in verb.children if c.lower_ == "back"
                 for o in g.prep_objects(c, s.target_preps)]  # fmt: skip
    return [
        n for t in held for n in g.conjuncts(t)
        if n.lower_ in _CHARGES
        and not (n.lemma_ == "claim" and g.prep_objects(n, _LAID_CLAIM))
    ]  # fmt: skip


def _bare(noun: Token) -> bool:
    """ "the accusation", "these charges", "the latest claims": no owner, no "of"
    phrase, no count ("two charges" are not the ones told)."""
    return not any(
        c.dep_ in {"poss", "nummod", "compound"} or (c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children
    )


def resolve_told_charges(
    found: Sequence[Event | AnsweredCharge], relations: Sequence[Relation]
) -> list[Event]:
    """The events ``found``, with each answer to a charge told before made an event
    aimed at its one accuser (see the module's text) where there is exactly one, in
    their order; a rejection another extractor already read ("rejected Chile's claims")
    is its."""
    if not any(isinstance(f, AnsweredCharge) or f.evidence.extractor == EXTRACTOR for f in found):
        return [f for f in found if isinstance(f, Event)]
    told = _aimed_at_accusers(found, relations)
    others = {_parties(e) for e in told if e.evidence.extractor != EXTRACTOR}
    return [e for e in told if e.evidence.extractor != EXTRACTOR or _parties(e) not in others]


def _parties(event: Event) -> tuple[int, frozenset[str], frozenset[str]]:
    return (
        event.evidence.sentence,
        frozenset(event.actors("agent")),
        frozenset(event.actors("target")),
    )


def _aimed_at_accusers(
    found: Sequence[Event | AnsweredCharge], relations: Sequence[Relation]
) -> list[Event]:
    events = [f for f in found if isinstance(f, Event)]
    serves: dict[str, set[str]] = {}
    for r in relations:
        if r.type is RelationType.AFFILIATION and r.current:
            serves.setdefault(r.subject, set()).add(r.object)
    out = []
    for item in found:
        if isinstance(item, Event):
            out.append(item)
            continue
        e, told = item.event, item.charge
        parties = {a for agent in e.actors("agent") for a in {agent, *serves.get(agent, ())}}
        accusers = {
            a for m in events
            if m.kind is EventKind.CONFLICT and m.cameo.startswith(told) and m.factual
            and _before(m, e) and parties & set(m.actors("target"))
            for a in m.actors("agent")
        }  # fmt: skip
        if len(accusers) == 1 and not accusers & parties:
            maker = Participant(next(iter(accusers)), "target")
            out.append(replace(e, participants=(*e.participants, maker)))
    return out


def _before(earlier: Event, event: Event) -> bool:
    a, b = earlier.evidence, event.evidence
    return (a.sentence, a.start) < (b.sentence, b.start)
