"""Talks told by the one who held them as what came before a thing: "A said the
deal followed talks with B", "A said the release came after talks with B". The
thing ("the deal") holds no talks; the speaker, telling of them, held them."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.event_words import SPEECH_VERBS

# Verbs telling that one thing came after another ("followed", "came after")
_FOLLOWING = frozenset({"follow", "come", "result", "emerge"})
_AFTER = frozenset({"after", "following", "from"})


def speaker_held(ctx: Context, noun: Token) -> list[Token]:
    """The speaker of the verb of saying whose reported clause says a thing (no
    actor) followed the talks ``noun``; else nothing."""
    if noun.dep_ == "dobj" and noun.head.lemma_ == "follow":
        clause = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in _AFTER and noun.head.dep_ == "prep":
        clause = noun.head.head
        if clause.lemma_ not in _FOLLOWING:
            return []
    else:
        return []
    if clause.dep_ != "ccomp" or not _told_as_past(clause):
        return []  # not "said the deal would follow talks with B"
    if any(g.actors_of(ctx, s) for s in g.subjects(clause)):
        return []  # "A said B followed talks with C": B's talks, if anyone's
    said = clause.head
    if said.lemma_ not in SPEECH_VERBS or g.negated(said):
        return []
    return [s for s in g.subjects(said) if s.dep_ == "nsubj" and g.actors_of(ctx, s)]


def _told_as_past(verb: Token) -> bool:
    """A verb in the past ("followed", "has followed"), with no modal ("would follow")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "neg"}]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and set(auxes) <= {"has", "have", "had"}
