"""A headline's passive without its "is": "Ruiz urged to quit", "Envoy told to leave".

Headlines drop the auxiliary: "Ruiz urged to quit over loans" says that Ruiz was
urged. The model reads the participle as a past tense with Ruiz its subject, so
Ruiz would be the one who urged. In a headline, a verb whose object does what its
infinitive says (:data:`kg.language.event_words.OBJECT_CONTROL`: urge, tell, ask,
order, press ...) in a past form with a subject and no auxiliary, followed at
once by "to" and a verb, not a noun phrase (so with no object between), can only be a passive: its subject becomes
the passive subject and the verb a participle. "Ruiz urges Lind to quit" (an
object) and "Ruiz agreed to quit" (a verb that takes no object first) are left
alone, and so is every sentence of the body. A headline's future ("Chile to
expel envoy.") whose subject the model hangs on the verb as a bare "dep" gets it
back as the subject.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.event_words import OBJECT_CONTROL

# Control verbs also said actively with "to" and no object ("X called to say",
# "helped to build", "led to protests").
_ACTIVE_TOO = frozenset({"call", "help", "lead"})
# (An object would stand before "to"; one the parser hangs on the verb after it is
# the infinitive's: "Blair told to double aid".)
# Tags that open a noun phrase: "to" before them is a preposition ("urged to the talks").
_PHRASE_OPENERS = frozenset({"DT", "PRP$", "PRP", "CD", "NNP", "NNPS", "POS", "WDT"})
_KEPT = frozenset({"aux", "auxpass", "nsubjpass"})


def repair_headline_passives(doc: Doc, start: int) -> None:
    """Make "X urged to quit" passive in the headline that starts at character
    ``start`` of ``doc``; give "Chile to expel envoy" its subject."""
    for tok in doc:
        if tok.idx >= start and tok.dep_ == "dep" and tok.pos_ in {"PROPN", "NOUN"}:
            verb = tok.head
            to = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if verb.tag_ == "VB" and to is not None and to.lower_ == "to" and to.head == verb:
                tok.dep_ = "nsubj"  # "Chile to expel envoy": Chile will expel
        if tok.idx < start or tok.tag_ not in {"VBD", "VBN"} or tok.i + 2 >= len(doc):
            continue
        if tok.lemma_ not in OBJECT_CONTROL or tok.lemma_ in _ACTIVE_TOO:
            continue
        to, verb = doc[tok.i + 1], doc[tok.i + 2]
        if to.lower_ != "to" or verb.tag_ in _PHRASE_OPENERS:
            continue  # (the verb itself is often mistagged: "told to double aid", JJ)
        deps = {c.dep_ for c in tok.children}
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or deps & _KEPT:
            continue
        tok.tag_ = "VBN"
        subject.dep_ = "nsubjpass"


__all__ = ["repair_headline_passives"]
