"""Negotiations halted: "Peru suspended its talks with Chile", "Peru broke off
negotiations with Chile", "Peru froze its dialogue with Chile", "the talks were halted".
The sentence tells the halt (CAMEO 164, a reduction of relations read in
:mod:`kg.extract.reductions`), not a round of talks: no meeting is told as held, so
the talks are read as called off. Talks someone walked out of, or that were
interrupted, were under way with both sides there (:func:`kg.extract.mood_frames.halted`);
talks "ended" or "concluded" were held to their close. The verbs are the reducing verbs
of ``data/withheld-words.txt``, the nouns its negotiations (164)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import REDUCING_VERBS, RELATION_NOUNS

# Reducing verbs that, of talks, close them as planned: "ended their talks in Lima".
_COMPLETING = frozenset({"end", "terminate"})
# Verbs that halt talks only with their particle: "broke off talks" (not "broke talks").
_PARTICLE = {"break": "off"}


def halting_verb(noun: Token) -> Token | None:
    """The verb that halts the negotiations ``noun`` names (see the module's text):
    "suspended the talks", "the dialogue was frozen"; None otherwise."""
    if RELATION_NOUNS.get(noun.lower_) != "164" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    verb = noun.head
    if verb.lemma_ not in REDUCING_VERBS or verb.lemma_ in _COMPLETING:
        return None
    words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "acomp", "oprd"}}
    if "short" in words:  # "cut short the talks": they were held
        return None
    particle = _PARTICLE.get(verb.lemma_)
    return verb if particle is None or particle in words else None
