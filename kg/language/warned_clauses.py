"""What a warning or a demand tells the one it is put to: "Chile warned Peru that its
patrols would be fired on", "Kenya told Uganda that its troops must leave", "Egypt
demanded of Sudan that its ships leave", "warned Laos that its backing of the rebels
was unacceptable".

"its" inside such a clause is by default the main clause's subject (coreference's
rule of thumb), but a careful reader gives it to the one told when the clause says
what that party must do (a duty: "must", "should", "have to", a bare subjunctive
"that its ships leave"), what a warning says would befall its own ("its patrols would
be fired on"; not "notified Peru that its envoy would be recalled", the teller's) or
that what it does is wrong ("its backing ... was unacceptable"), the pronoun
owning the clause's subject. Not "its own forces would withdraw" (the speaker's own),
nor what the speaker's side would do ("warned Togo that its army would shoot any
intruder"), nor a bare report ("told Peru that its patience was running out"). The
verbs are data (``addressing`` in ``data/warning-words.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.auxiliaries import DUTY_AUX, MODAL_AUX
from kg.language.event_words import NEGATIVE_WORDS
from kg.language.lexicon import SUBJECT_DEPS, listed_words

_WORDS = listed_words("warning-words.txt")
# The verbs of warning ("warn", "caution"), of which only a warning tells what befalls
WARNING = _WORDS["warning"]
ADDRESSING_VERBS = _WORDS["addressing"] | WARNING
_BEFALLING = _WORDS["befalling"]
_MANDATIVE = _WORDS["mandative"]
_TOLERATING = _WORDS["tolerating"]


def warned_party(pron: Token) -> set[int]:
    """The words of the party a warning or demand is put to, when ``pron`` ("its") owns
    the subject of the clause that tells it its duty, its fate or its wrong (see the
    module's text); none otherwise."""
    noun = pron.head
    if pron.dep_ != "poss" or pron.lower_ != "its" or noun.dep_ not in SUBJECT_DEPS:
        return set()
    if any(c.lower_ == "own" for c in noun.children):
        return set()  # "its own forces would withdraw": the speaker's
    clause = noun.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ADDRESSING_VERBS:
        return set()
    if not (obliged(clause) or _subjunctive(clause) or judged_wrong(clause)) and not (
        verb.lemma_ in WARNING and befalls(clause) and clause.lemma_.lower() in _BEFALLING
    ):  # "notified Peru that its envoy would be recalled": the teller's own act
        return set()
    told = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < clause.i]
    told += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < clause.i
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return {t.i for o in told for t in o.subtree}


def obliged(clause: Token) -> bool:
    """ "must leave", "should withdraw", "had to leave", "needs to stop"."""
    if any(c.dep_ == "aux" and c.lower_ in DUTY_AUX for c in clause.children):
        return True
    return clause.lemma_ in {"have", "need"} and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children
    )


def _subjunctive(clause: Token) -> bool:
    """The bare verb of a demand's clause: "(told X) that its ship leave", "(demanded)
    that its ships leave" (read as a present after a verb of demanding)."""
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.lemma_ in _MANDATIVE)


def befalls(clause: Token) -> bool:
    """ "would be fired on", "will be seized": what would be done to the subject."""
    children = [c.dep_ for c in clause.children]
    return "auxpass" in children and any(
        c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in clause.children
    )


def judged_wrong(clause: Token) -> bool:
    """ "were unacceptable", "was a provocation"."""
    return any(c.dep_ in {"acomp", "attr"} and c.lower_ in NEGATIVE_WORDS for c in clause.children)


def refused(clause: Token) -> bool:
    """ "would not tolerate", "will never accept", "did not allow": a denied tolerance."""
    return clause.lemma_.lower() in _TOLERATING and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in clause.children
    )
