"""Who can speak, and what a statement can be about: actors, not things or groups
known only by what they are.

* A law, treaty or convention is no topic ("X said the Kelso Act was a bad law"):
  what is said of it is said of no actor.
* A group is a topic only when a listed name marks it out ("X said Hamas had ...");
  "Scottish students", "Labour MPs" or "the rebels" are people the story describes.
* A bare plural of no name does not speak ("Lawmakers said ...", "Creditors of the
  firm said", "Green groups say", "Cabinet allies said"): some such people, not an
  actor (a capital that only opens the sentence names nothing). "The rebels said"
  may stand for a group the story named, and a state's forces ("Police said") are
  the article's own group: both still speak.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import FORCE_PLURALS
from kg.language.mentions import Mention


def no_topic(mention: Mention) -> bool:
    """A mention that is not what a statement is about: a place, a pronoun, a
    place named as a location, a law or treaty, a group no listed name marks out."""
    return (
        mention.kind in {"place", "pronoun", "agreement"}
        or mention.locative
        or (mention.kind == "group" and mention.entry is None)
    )


def unnamed_group(ctx: Context, mention: Mention) -> bool:
    """ "Lawmakers", "Green groups", "the banks": a group of no name (a capital that
    only opens the sentence is none; "Kurdish rebels" are named by their people)."""
    if mention.kind != "group" or mention.entry is not None:
        return False
    doc = ctx.doc
    for t in doc[mention.start : mention.end]:
        if t.ent_type_:
            return False
        if t.is_title and not _opens_sentence(t.i, ctx):
            return False
    return True


def speaks_not(ctx: Context, mention: Mention | None) -> bool:
    """A speaker that is no actor: an unnamed group other than a state's forces, named
    by a bare plural ("Lawmakers said", "opposition MPs said": some such people). "The
    rebels said" refers back to a group the story has named, and may stand for it."""
    if mention is None or not unnamed_group(ctx, mention):
        return False
    head = ctx.doc[mention.end - 1]
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in head.children)
    return head.lower_ not in FORCE_PLURALS and not determined


def _opens_sentence(i: int, ctx: Context) -> bool:
    """Whether token ``i`` is the first word of its sentence, past any opening quote."""
    sent = ctx.doc[i].sent
    first = next((t.i for t in sent if not t.is_punct), sent.start)
    return i == first


_INTERVIEWS = {"interview", "interviews"}


def gives_interview(verb: Token) -> bool:
    """ "gave an interview to X", "granted X an interview": the giver speaks, to X
    (a broadcaster or paper is told, never met)."""
    return verb.lemma_ in {"give", "grant"} and any(
        c.dep_ == "dobj" and c.lower_ in _INTERVIEWS for c in verb.children
    )


def interviewers(verb: Token) -> list[Token]:
    """Whom an interview given is given to, when the noun takes it ("gave an
    interview to X"); the verb's own "to" and dative are read with the others."""
    if not gives_interview(verb):
        return []
    return [o for c in verb.children if c.dep_ == "dobj" for o in g.prep_objects(c, {"to"})]
