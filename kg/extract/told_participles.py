"""A participle set after a clause a speaker tells, when that clause's subject names no
one: "X said on Monday that the talks had failed, accusing Y of stalling", "X told
reporters the border would stay closed, criticising Y". The participle is the speaker's,
in the speaker's mood (the told clause's future is not the accusation's). A told clause
with an actor for subject keeps the participle ("X said Turkey had closed its border,
accusing Greece": Turkey accuses). Only a verbal act is the speaker's (a word of
saying, judging, asking, or a trigger the table codes as a verbal one, CAMEO 01-05 and
10-13): in "X said a bomb had exploded, killing two Y officials" the killing is the
bomb's, not X's."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import subjects
from kg.extract.base import Context
from kg.extract.fronted import told_over
from kg.extract.triggers import trigger
from kg.language.event_words import APPEAL_VERBS, JUDGING_VERBS, SPEECH_VERBS

# CAMEO roots of verbal acts: statements to cooperation in words, demands to threats.
_VERBAL = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def speakers_participle(ctx: Context, participle: Token) -> Token | None:
    """The verb of saying whose subject does what ``participle`` says, or None."""
    said = told_over(participle)
    if said is None or not _verbal(participle):
        return None
    held = subjects(participle)  # the told clause's subjects, as the parse has them
    if any(ctx.actors.at(t.i) is not None for s in held for t in s.subtree):
        return None
    return said if subjects(said) else None


def _verbal(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in JUDGING_VERBS or lemma in APPEAL_VERBS:
        return True
    found = trigger(lemma, "verb")
    return found is not None and found.cameo[:2] in _VERBAL
