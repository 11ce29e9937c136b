"""Who the sentence before a "he" or "she" was about, when its subject is no
person named outright (for :mod:`kg.language.coref`):

* someone the model did not recognise (:func:`unrecognised_subject`): "Ion Vardu
  met Pavel Dorn. He said ..." when "Ion Vardu" was found as no name at all. The
  "he" goes on with that unknown subject, not with the one person the sentence
  names after it, so it stands for no one;
* a person's meeting, visit, call or speech (:func:`act_owner`): "Ann Lee's meeting
  with Ed Ray lasted an hour. She said ...": the one whose act it was, not the one
  named inside its phrase ("with Ed Ray")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.contact_words import BY_CONTACT_NOUNS
from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.event_words import SPEECH_NOUNS
from kg.language.lexicon import TITLE_WORDS
from kg.language.mentions import Mention

# a proper noun the model tagged as one of these is no person left unrecognised
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})


def unrecognised_subject(state: CorefState, pron: Token) -> bool:
    """The main clause of the sentence before has for subject a proper name no
    mention covers ("Ion Vardu met Pavel Dorn": Vardu), while the pronoun is outside
    quotes."""
    start = pron.sent.start
    if start == 0 or state.in_quote(pron.i):
        return False
    root = state.doc[start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_PEOPLE:
        return False
    if state.in_quote(subject.i):
        return False
    if subject.lower_ in TITLE_WORDS:
        return False  # "The Attorney General, Ann Lee, said": a post
    words = [t for t in subject.subtree if t.dep_ in {"compound", "flat"} or t.i == subject.i]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    if len(words) == 1 and subject.i == subject.sent.start:
        return False  # "Convention should be nurtured": a sentence's first word, any noun
    # no one named anywhere in the subject's phrase ("Ann Lee", "London's Evening Standard")
    phrase = {t.i for t in subject.subtree}
    return not any(i in phrase for p in state.mentions for i in range(p.start, p.end))


# what one person does: "Ann Lee's visit", "Ed Ray's speech" (not "Ed Ray's aide")
_ACTS = BY_CONTACT_NOUNS | SPEECH_NOUNS


def act_owner(state: CorefState, pron: Token, recent: list[tuple[Mention, str]]) -> str | None:
    """The person whose act (meeting, visit, call, speech) is the subject of the sentence
    before's main clause, for a subject pronoun ("Ann Lee's meeting with Ed Ray lasted
    an hour. She said": Ann Lee), else None."""
    start = pron.sent.start
    if pron.dep_ not in SUBJECT_DEPS or start == 0 or state.in_quote(pron.i):
        return None
    root = state.doc[start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in _ACTS:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss"]
    for p, key in recent:
        if key.startswith("person/") and any(p.start <= o.i < p.end for o in owners):
            return key
    return None
