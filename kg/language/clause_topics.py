"""The body a clause is about when its subject is no actor but a thing of a body's,
for :mod:`kg.language.coref`: in "Shares in Velcor fell 5% on the Kestrel
Exchange, after it said profits had dropped" the "it" is Velcor, whose shares the
main clause tells of, not the exchange named last ("X's profits rose after it cut
costs", "Profits at X rose as it ..."). Only a subject no actor's name covers
("The EU approved aid for Chile as it tries to ...": the nearest, as before)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.mentions import Mention

# Prepositions after a subject that name whose it is: "shares in X", "profits at X".
_OWNING_PREPS = frozenset({"in", "of", "at"})


def subject_owner(state: CorefState, pron: Token, same: list[tuple[Mention, str]]) -> str | None:
    """The candidate of ``same`` (this sentence's bodies before ``pron``, nearest first)
    that owns the subject of the clause ``pron``'s clause hangs on, when that subject
    is no actor ("Shares in X fell, after it said": X); None otherwise."""
    verb = pron.head
    if verb.dep_ not in {"advcl", "conj"} or verb.head.i == verb.i:
        return None
    above = verb.head
    subject = next((c for c in above.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None)
    if subject is None or subject.tag_ == "PRP":
        return None
    if any(p.start <= subject.i < p.end and p.id in state.linked for p in state.mentions):
        return None  # "Velcor sued Brantex after it said": no thing of a body's
    owners = [c for c in subject.children if c.dep_ == "poss"] + [
        o for c in subject.children if c.dep_ == "prep" and c.lower_ in _OWNING_PREPS
        for o in c.children if o.dep_ == "pobj"
    ]  # fmt: skip
    # "Shares in UK drug firm X": the name beside the owner's noun (which the parser may
    # hang on the subject)
    owners += [a for o in owners for a in o.children if a.dep_ == "appos"]
    owners += [
        a for a in subject.children if a.dep_ == "appos" and any(o.i + 1 == a.i for o in owners)
    ]
    for owner in owners:
        found = {k for p, k in same if p.start <= owner.i < p.end}
        if len(found) == 1:
            return found.pop()
    return None
