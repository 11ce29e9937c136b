"""Blame laid by attributing a harm: "X attributed the attack to Y", "X blamed
... ", "the bombing was attributed to Y by X", "X ascribed the killings to Y". An
accusation (CAMEO 112) of Y by X when what is attributed is an attack or a harm
("attributed the rise in prices to the drought", "attributed the quote to Y" blame
no one); with no one named who attributes it, no one accuses ("the blast was
attributed to Y")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.senses import FORCE_ROOTS, sense
from kg.records import Event, EventKind

ATTRIBUTING = frozenset({"attribute", "ascribe"})
# harms that are no trigger of their own
_HARMS = frozenset({"blast", "blasts", "explosion", "explosions", "death", "deaths", "violence",
                    "shooting", "shootings", "unrest", "riot", "riots", "atrocity",
                    "atrocities", "murder", "murders", "breach", "breaches", "hack", "hacks",
                    "intrusion", "intrusions", "sabotage"})  # fmt: skip
# acts against computers: not acts of force, but blame for one accuses ("attributed the
# cyberattack on the agency to Y"); read by their trigger rows' codes
_CYBER_CODE = "171"


def attributed(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The accusation in "X attributed the attack to Y" (see the module's text)."""
    passive = g.is_passive(verb)
    things = g.subjects(verb) if passive else g.direct_objects(verb)
    if not any(_harm(t) for t in things) or g.negated(verb):
        return
    agents = [k for s in (g.agents(verb) if passive else g.subjects(verb))
              for k in g.actors_of(ctx, s)]  # fmt: skip
    # "to Y" on the verb, or hung on what is attributed ("the attack on X to Y")
    laid = g.prep_objects(verb, {"to"}) or [t for o in things for t in g.prep_objects(o, {"to"})]
    targets = [k for t in laid for k in g.actors_of(ctx, t)]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("accuse", "112"), agents,
                           targets, laid, extractor, 0.6)  # fmt: skip


def _harm(noun: Token) -> bool:
    lower = noun.lower_
    return lower in _HARMS or lower in _force_nouns() or noun.lemma_.lower() in _force_nouns()


@cache
def _force_nouns() -> frozenset[str]:
    return frozenset(w for (w, pos), t in triggers.table().items()
                     if pos == "noun" and t.kind is EventKind.CONFLICT
                     and (t.cameo[:2] in FORCE_ROOTS or t.cameo == _CYBER_CODE))  # fmt: skip
