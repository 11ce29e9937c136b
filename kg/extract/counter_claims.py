"""Counter-accusations: a side that denies a charge and says, in the same breath, that
the other side did the harm ("X denied the charge and said Y's patrol boat had rammed
its ship", "X rejected the allegation, saying Y had shelled the village first") accuses
that other side (CAMEO 112). The act said must be one the trigger table gives as
conflict, done by someone other than the speaker ("denied the charge and said it had
acted lawfully", "... said the talks would go on" accuse no one); an act the clause
only expects, supposes or denies ("said Y would attack", "said Y had not fired")
accuses no one either. The act itself is read where it is said (kg.extract.conflict).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.denials import denies_charge
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.extract.triggers import trigger
from kg.records import Event, EventKind, Modality

NAME = "counter_claims"
EXTRACTOR = f"{NAME}/v1"
# verbs by which the denying side goes on to tell its own account
_TELLING = frozenset({"say", "insist", "counter", "maintain", "add", "argue", "contend"})
_ACCUSED = sense("accuse", "112")


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if pos == "VERB" and lemma in _TELLING:
            yield from _countered(ctx, token)


def _denial(telling: Token) -> Token | None:
    """The denial ``telling`` goes on from: "denied the charge and said" (a conjunct)
    or "rejected the allegation, saying" (a participle on it)."""
    head = telling.head
    joined = telling.dep_ == "conj" or (telling.dep_ == "advcl" and telling.tag_ == "VBG")
    if not joined or head.pos_ != "VERB" or g.negated(head):
        return None
    return head if denies_charge(head, g.is_passive(head)) else None


def _countered(ctx: Context, telling: Token) -> Iterator[Event]:
    denial = _denial(telling)
    if denial is None or g.negated(telling):
        return
    if g.modality(ctx, denial) is not Modality.ASSERTED:
        return  # "may deny the charge and say ..."
    speakers = [k for s in g.subjects(denial) for k in g.actors_of(ctx, s)]
    if not speakers:
        return
    for clause in telling.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or not _harm_done(clause):
            continue
        doers = [k for s in g.subjects(clause) for k in g.actors_of(ctx, s)]
        doers = [k for k in doers if k not in speakers]
        yield from make_events(ctx, telling, clause, EventKind.CONFLICT, _ACCUSED, speakers, doers,
                               [denial, telling, clause], EXTRACTOR, 0.6)  # fmt: skip


def _harm_done(clause: Token) -> bool:
    """``clause`` tells, as done, an act the trigger table gives as conflict."""
    if g.is_passive(clause) or g.negated(clause):
        return False  # "said its ship had been rammed": who did it is not the subject
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False  # "said Y would attack", "said Y could strike"
    found = trigger(clause.lemma_, "verb")
    return found is not None and found.kind is EventKind.CONFLICT
