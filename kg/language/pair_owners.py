"""A "their" before what stands for its owners is the pair its clause is about: "A
and B fled after their homes were attacked" (their homes are A's and B's), "Chile
and Peru said their embassies were stormed" (for :mod:`kg.language.actors`)."""

from __future__ import annotations

from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.lexicon import OWNERS_PROPERTY
from kg.language.mentions import Mention
from kg.language.met_pairs import met_pair
from kg.language.quoted_speakers import speaker_country


def pair_owners(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The pair a "their" stands for: a coordinated subject above it, or the two
    people just named before a meeting noun (:mod:`kg.language.met_pairs`); for a
    quoted "our troops", the speaker's country (:mod:`kg.language.first_person`)."""
    return _subject_pair(state, m) or met_pair(state, m) or speaker_country(state, m)


def _subject_pair(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The actors of a coordinated subject above a possessive "their" before a
    home, an office, a convoy or an embassy, when every item of the list is one
    (none of them a group "their" may point to on its own)."""
    pron = state.doc[m.start]
    if pron.lower_ != "their" or pron.dep_ != "poss" or pron.head.lower_ not in OWNERS_PROPERTY:
        return ()
    for verb in pron.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pron.i]
        if pron.head in subjects or not subjects:
            continue
        items = [subjects[0], *subjects[0].conjuncts]
        if len(items) < 2:
            if any(c.lower_ == "own" for c in pron.head.children):
                return ()  # "A and B said the rebels attacked their own base": the rebels'
            continue  # "A and B said troops attacked their homes": the clause above
        keys = [_key(state, t.i) for t in items]
        if None in keys:
            return ()
        return tuple(dict.fromkeys(k for k in keys if k is not None))
    return ()


def _key(state: CorefState, i: int) -> str | None:
    """The actor of the mention at token ``i``, a named one (not a group or pronoun)."""
    for x in state.mentions:
        if x.start <= i < x.end:
            key = state.linked.get(x.id)
            return key if key and not key.startswith("group/") else None
    return None
