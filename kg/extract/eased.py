"""Taking a sanction away (CAMEO 085, ease sanctions, boycott or embargo).

The side that lifts a measure yields to the one it was imposed on, by a verb or by
its noun:

* "The EU lifted its sanctions on Belarus", "sanctions against X were eased by Y";
* "the lifting of US sanctions on X", "Washington announced the easing of the
  embargo on X", "Peru's removal of tariffs on Chile", "an end to the embargo on X".

The measure is then no sanction of the lifter (kg.extract.nominal asks
:func:`kg.extract.doing.lifted` before reading it as imposed).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.act_mood import WEIGHING, act_noun_mood, in_mood
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers, doing_verb, lifted, measured
from kg.extract.modifier_owners import OWNING_DEPS, modifier_owners
from kg.extract.owner_parties import owners
from kg.extract.senses import sense
from kg.extract.triggers import Trigger
from kg.extract.waivers import waivers
from kg.records import Event, EventKind

# Verbs whose subject does the lifting its object names: "announced the lifting of
# sanctions on X" (not "welcomed" or "backed" it: someone else lifts them).
_DOING_THE_LIFTING = frozenset(
    "announce approve order agree decide complete begin start confirm finalise finalize".split()
)


@cache
def _imposed() -> dict[str, Trigger]:
    """Nouns of measures imposed on someone ("sanctions", "embargo"), by word."""
    return {w: t for (w, _), t in triggers.words(kind=EventKind.CONFLICT, pos="noun").items()
            if t.frame == "imposed"}  # fmt: skip


def eased_sanctions(ctx: Context, extractor: str) -> Iterator[Event]:
    """Every measure taken away in the article, by whoever takes it away."""
    imposed = _imposed()
    for noun, lemma, lower, _ in ctx.scan():
        trig = imposed.get(lower) or imposed.get(lemma.lower())
        easing = lifted(noun) if trig is not None else None
        if trig is None or easing is None:
            continue
        # "lifted its ban on flights to Chile": the parser may hang the phrase on the lifting
        targets = [k for h in (noun, easing) for t in measured(h, trig.preps)
                   for k in targets_of(ctx, t)]  # fmt: skip
        targets += [k for c in noun.children if c.dep_ in {"amod", "compound"}
                    and c.lower_.startswith("anti-") for k in g.actors_of(ctx, c)]  # fmt: skip
        if easing.pos_ == "VERB" or easing.tag_ == "JJ":  # "relaxed", taken for an adjective
            agents = doers(ctx, easing) or _imposers(ctx, noun, bool(targets))
            yield from make_events(ctx, easing, noun, EventKind.COOPERATION, sense("yield", "085"),
                                   agents, targets, [easing, noun], extractor, 0.7)  # fmt: skip
        else:
            yield from _eased_noun(ctx, noun, easing, trig, targets, extractor)
    yield from waivers(ctx, extractor)  # "granted X a sanctions waiver": kg.extract.waivers


def _imposers(ctx: Context, noun: Token, named: bool) -> list[str]:
    """Whose the measure is: "its sanctions", "US sanctions on X" (with a target
    named; "Iran sanctions" alone are on Iran)."""
    found = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    if named:
        found += modifier_owners(ctx, noun, OWNING_DEPS - {"poss"}, named=True)
    return found


def _eased_noun(
    ctx: Context, noun: Token, easing: Token, trig: Trigger, targets: list[str], extractor: str
) -> Iterator[Event]:
    """ "the lifting of US sanctions on X", "Peru's removal of its tariffs on X"."""
    targets = targets + [k for t in g.prep_objects(easing, trig.preps)
                         for k in targets_of(ctx, t)]  # fmt: skip
    if not targets:  # "the lifting of Iran sanctions": on Iran
        targets = [k for c in noun.children if c.dep_ == "compound" for k in g.actors_of(ctx, c)]
    agents = owners(ctx, easing) or [k for t in g.prep_objects(noun, {"by"})
                                     for k in g.actors_of(ctx, t)]  # fmt: skip
    agents = agents or _imposers(ctx, noun, bool(targets))
    verb = doing_verb(easing)
    if verb is not None and verb.lemma_ not in _DOING_THE_LIFTING:
        verb = None
    if not agents and verb is not None:
        agents = doers(ctx, verb)  # "Washington announced the easing of the embargo"
    events = make_events(ctx, verb or easing, noun, EventKind.COOPERATION, sense("yield", "085"),
                         [a for a in agents if a not in targets], targets, [easing, noun],
                         extractor, 0.7)  # fmt: skip
    # "a possible easing", "no lifting of sanctions", "is weighing the easing of ..."
    yield from in_mood(events, *act_noun_mood(easing, weighing=WEIGHING))
