"""A side that says what was done to it accuses the doer: "Seoul said Pyongyang had
fired artillery at a South Korean island" (South Korea accuses North Korea, CAMEO
112), "Oslo said on Friday that Moscow had shelled Norway's border post". The act said
must be a deed of force or coercion the trigger table gives as conflict, told as done
(not "said X would attack", "said X had not fired"), by someone other than the
speaker, and aimed at the speaker or at what the text gives as the speaker's; a side
telling of a deed done to a third party ("Oslo said Moscow had shelled Kyiv") is left
alone, since a report is not always a charge. The act itself is read where it is said
(kg.extract.conflict).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.condemned_deeds import deed_verb
from kg.extract.directed import make_events, targets_of
from kg.extract.modality import told_as_fact
from kg.extract.senses import sense
from kg.records import Event, EventKind

NAME = "victims_charges"
EXTRACTOR = f"{NAME}/v1"
_TELLING = frozenset({"say", "state", "report", "complain", "insist", "charge", "add"})
_AIMED = frozenset({"at", "on", "against", "into"})
_ACCUSED = sense("accuse", "112")


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if pos == "VERB" and lemma in _TELLING:
            yield from _charged(ctx, token)


def _charged(ctx: Context, telling: Token) -> Iterator[Event]:
    if not told_as_fact(ctx, telling):
        return  # "did not say", "may say"
    speakers = [k for s in g.subjects(telling) for k in g.actors_of(ctx, s)]
    if not speakers:
        return
    for clause in telling.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or not _deed_done(ctx, clause):
            continue
        doers = [k for s in g.subjects(clause) for k in g.actors_of(ctx, s)]
        doers = [k for k in doers if k not in speakers]
        aimed = [*g.direct_objects(clause), *g.prep_objects(clause, _AIMED)]
        hit = {k for t in aimed for k in targets_of(ctx, t)}
        if doers and hit & set(speakers):
            yield from make_events(ctx, telling, clause, EventKind.CONFLICT, _ACCUSED,
                                   [k for k in speakers if k in hit], doers,
                                   [telling, clause], EXTRACTOR, 0.6)  # fmt: skip


def _deed_done(ctx: Context, clause: Token) -> bool:
    """``clause`` tells, as done and in the active, a deed of force or coercion."""
    if g.is_passive(clause) or not told_as_fact(ctx, clause):
        return False  # "said its ship had been rammed", "said X would attack"
    return deed_verb(clause)
