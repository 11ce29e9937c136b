"""Whose forces "its" names when a clause's subject is an act of a state: "Egypt's
invasion of Libya pitted its army against the rebels", "the Saudi intervention in
Yemen set its jets against X", "Russia's annexation of Crimea led its navy to ...".

The nearest body before "its" is the object of the act (Libya, Yemen, Crimea), but
forces an act sends, pits or leads into a fight are the actor's: the owner of the
act's noun ("Egypt's"), or the demonym before it ("Saudi"). Only forces a verb of
employing takes as its object: "Egypt's invasion of Libya destroyed its army" (the
army destroyed is Libya's) and "... ruined its economy" keep the nearest body."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.agreement import clause_subject
from kg.language.coref_state import CorefState, kind_ok

# what a state fights with
_FORCES = frozenset(
    {"army", "armies", "forces", "troops", "soldiers", "navy", "military", "jets", "warplanes",
     "aircraft", "tanks", "warships", "marines", "paratroopers", "artillery", "fleet"}
)  # fmt: skip
# verbs that put forces to use: "pitted its army against", "sent its troops into"
_EMPLOYING = frozenset(
    {"pit", "set", "lead", "send", "deploy", "commit", "throw", "bring", "draw", "drag",
     "dispatch", "mobilise", "mobilize", "put", "move", "sweep"}
)  # fmt: skip


def force_owner(state: CorefState, pron: Token) -> str | None:
    """The country or body named before ``pron`` that owns the act the clause's
    subject names, when ``pron`` is an "its" owning forces put to use."""
    forces = pron.head
    if pron.lower_ != "its" or pron.dep_ != "poss" or forces.lower_ not in _FORCES:
        return None
    if forces.dep_ != "dobj" or forces.head.lemma_.lower() not in _EMPLOYING:
        return None
    act = clause_subject(pron)
    if act is None or act.pos_ != "NOUN" or act.tag_ != "NN":
        return None
    owners = [c for c in act.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.i < act.i)]
    owners += [o for c in act.children if c.dep_ == "prep" and c.lower_ == "by"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    for owner in owners:
        for m in state.mentions:
            key = state.linked.get(m.id)
            if key and m.start <= owner.i < m.end < pron.i and kind_ok(key, "thing"):
                return key
    return None
