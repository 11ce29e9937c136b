"""The attack a side is blamed for: "X blamed Y for a cyberattack on Z", "Y was blamed
by X for the bombing of Z's embassy" tell, besides X's accusation of Y (the trigger
table's ``blame`` row), that Y struck Z. Only an act of force or against computers
with its target named on the noun ("an attack on Z", "the shelling of Z"; not "blamed
Y for the collapse of the talks"), and the accusation given as made (not "may blame",
"did not blame", "denied blaming").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.modality import told_as_fact
from kg.extract.senses import FORCE_ROOTS, sense_of
from kg.extract.triggers import Trigger, trigger
from kg.records import Event, EventKind

NAME = "blamed_acts"
EXTRACTOR = f"{NAME}/v1"
_BLAMING = frozenset({"blame"})
_CYBER_CODE = "171"  # acts against computers ("cyberattack", "hacking")
_AIMED = frozenset({"on", "against", "of"})


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if pos == "VERB" and lemma in _BLAMING:
            yield from _blamed(ctx, token)


def _blamed(ctx: Context, verb: Token) -> Iterator[Event]:
    if not told_as_fact(ctx, verb):
        return
    if verb.dep_ in {"xcomp", "pcomp"} and g.negated(verb.head):
        return  # "refused to blame Y for ...", "denied blaming Y for ..."
    passive = g.is_passive(verb)
    blamers = g.agents(verb) if passive else g.subjects(verb)
    if not blamers:
        return  # "Y was blamed for the attack": no one is said to blame Y
    blamed = g.subjects(verb) if passive else g.relative_objects(verb)
    doers = [k for t in blamed for k in targets_of(ctx, t)]
    if not doers:
        return
    for act in g.prep_objects(verb, {"for"}):
        row = _force(act)
        if row is None:
            continue
        aimed = g.prep_objects(act, _AIMED & row.preps)
        hit = [k for t in aimed for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, act, EventKind.CONFLICT, sense_of(row), doers, hit,
                               [verb, act, *aimed], EXTRACTOR, 0.6)  # fmt: skip


def _force(noun: Token) -> Trigger | None:
    """The trigger row of ``noun`` when it names an act of force or against computers."""
    row = trigger(noun.lower_, "noun") or trigger(noun.lemma_.lower(), "noun")
    if row is None or row.kind is not EventKind.CONFLICT:
        return None
    return row if row.cameo[:2] in FORCE_ROOTS or row.cameo == _CYBER_CODE else None
