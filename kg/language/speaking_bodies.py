"""Who "it" is when a body abroad reports what it did: the owner its modifiers name
("the UN peacekeeping mission in Lebanon said it had protested": the UN), not the
country it sits in, which is nearer (read by :mod:`kg.language.coref`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.body_words import MISSION_WORDS
from kg.language.coref_state import CorefState
from kg.language.event_words import SPEECH_VERBS

# Bodies abroad that speak for whoever their modifiers name: "the UN mission", "the
# French embassy", "the EU delegation" (not a bank, an agency or a house, which may be
# a firm of that country's: "a Kenyan bank said it").
_SPEAKING_BODIES = MISSION_WORDS | {"delegation"}


def speaking_body_owner(state: CorefState, pron: Token) -> str | None:
    """The owner named in the modifiers of the common noun that says what "it" did:
    "the UN mission in Lebanon said it had protested", "the French embassy in Chad
    said it ..." (not the place the body is in)."""
    verb = pron.head
    if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.lemma_ not in SPEECH_VERBS:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN" or subject.lower_ not in _SPEAKING_BODIES:
        return None  # (a newspaper or a firm is no state's: "the Kenyan daily said it")
    if any(m.start <= subject.i < m.end and state.linked.get(m.id) for m in state.mentions):
        return None  # a body named in its own right speaks for itself
    for prev in state.mentions:
        key = state.linked.get(prev.id)
        if key is None or key.startswith("person/") or not subject.left_edge.i <= prev.start:
            continue
        if prev.end > subject.i:
            break
        t = state.doc[prev.start : prev.end].root
        while t.dep_ in {"compound", "amod", "poss", "nmod"} and t.head.i != subject.i:
            t = t.head  # "the UN peacekeeping mission": UN of peacekeeping of mission
        if t.head.i == subject.i and t.dep_ in {"compound", "amod", "poss", "nmod"}:
            return key
    return None
