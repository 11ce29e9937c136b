"""Guests: who a host receives, apart from what a speaker praises.

"Hanoi welcomed the Chinese delegation", "she entertained her Austrian counterpart",
"welcomed Ana Vale": the object is someone who arrives, so the verb hosts a visit.
"welcomed the decision", "welcomed Chile's offer": an idea, so the verb praises.
"welcomed 40 Cambodian workers", "welcomed 2,000 Syrian refugees": people who come to
stay are hosted, neither guests of a visit nor an idea praised (:func:`arrivals`; the
words as data, ``kg/language/data/arrival-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.passives import acted_on
from kg.language.contact_words import GUEST_NOUNS
from kg.language.lexicon import listed_words


def is_guest(ctx: Context, token: Token) -> bool:
    """A person, a visiting party or a word for an official or delegation: someone
    received, not an idea ("the decision") nor a whole country ("welcomed Chile into
    the bloc")."""
    if any(c.lower_ in _NEW for c in token.lefts):
        return False  # "welcomed the new president": praise of the change
    if token.lower_ in GUEST_NOUNS:
        return True
    if any(c.dep_ == "amod" and c.lower_ == "visiting" for c in token.children):
        return True  # "the visiting team"
    mention = ctx.actors.mention_at(token.i)
    return mention is not None and mention.kind == "person"


def guest_objects(ctx: Context, verb: Token) -> bool:
    """Who the verb receives are all guests: its direct objects ("welcomed the envoy
    and his aides") or a passive's subjects ("the envoy was entertained by X")."""
    if any(c.dep_ == "prep" and c.lower_ in _TAKEN_IN for c in verb.children):
        return False  # "welcomed X as its candidate", "welcomed X into the party"
    passive = g.is_passive(verb)
    objs = acted_on(verb, passive)
    if any(h.lower_ in _HOSTS for h in (g.agents(verb) if passive else g.subjects(verb))):
        return bool(objs)  # "the trade mission was welcomed by its Chinese hosts"
    return bool(objs) and all(is_guest(ctx, o) for o in objs)


def arrivals(verb: Token) -> bool:
    """The verb's objects are all people who come to stay, counted or not: "welcomed
    40 Cambodian workers", "thousands of Moroccan students", "a record number of
    British tourists", "Afghan interpreters" (or a passive's subjects)."""
    words = listed_words("arrival-words.txt")
    objs = acted_on(verb, g.is_passive(verb))
    objs = [i for o in objs for i in (g.prep_objects(o, {"of"}) if o.lower_ in words["count"]
            else []) or [o]]  # fmt: skip
    return bool(objs) and all(
        o.lemma_.lower() in words["arrival"] or o.lower_ in words["arrival"] for o in objs
    )


# Who receive whomever they welcome as guests: "welcomed by its hosts".
_HOSTS = frozenset({"host", "hosts"})
# Prepositions of a role or a body someone is welcomed into, not of a visit.
_TAKEN_IN = frozenset({"as", "into", "onto", "aboard"})
# Words of someone new in a post, welcomed as news ("welcomed the new president").
_NEW = frozenset({"new", "newly", "incoming", "elected", "appointed"})
