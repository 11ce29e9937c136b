"""Whose a quoted "our" is (:mod:`kg.language.first_person`): the one country the
quote's speaker is, or whose title names ("'Our troops repelled the attack,' X, an
Armenian army spokesman, said": Armenia's)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.event_words import SPEECH_VERBS
from kg.language.first_person import quoted_our
from kg.language.mention_record import Mention
from kg.language.quotes import in_quote


def speaker_country(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The one country the speaker of the quote holding the "our" of ``m`` speaks
    for, else ()."""
    pron = state.doc[m.start]
    if not quoted_our(pron):
        return ()
    for verb in pron.sent:
        if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB" or in_quote(verb, by_tag=True):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        keys = {k for s in subjects for k in _speaks_for(state, s)}
        return (keys.pop(),) if len(keys) == 1 else ()
    return ()


def _speaks_for(state: CorefState, subject: Token) -> set[str]:
    """The countries the subject's mention is, or whose title names."""
    found: set[str] = set()
    for x in state.mentions:
        lo, hi = x.span
        if not lo <= subject.i < hi:
            continue
        key = state.linked.get(x.id) or ""
        if key.startswith("country/") and x.kind == "country":
            found.add(key)
        elif key.startswith("person/"):
            found.update(
                k
                for d in x.descriptors
                if not d.former
                for a in d.affiliations
                if (k := state.linked.get(a) or "").startswith("country/")
            )
    return found
