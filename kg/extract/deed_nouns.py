"""Whose deed a bare "the" noun of an act names when the clause just told it: "Serb
forces shelled the town. Bosnia condemned the assault." (Serbia's), "India freed 50
fishermen. Pakistan welcomed the release." (India's), "Britain demanded that Iran free
the tanker. Iran rejected the demand." (Britain's).

The deed must be told earlier in the same sentence or in the sentence before, by a verb
of the same kind (both trigger words of one event type: "shelled" ... "the assault")
or the verb the noun is made from ("released" ... "the release", "proposed" ... "the
proposal"), and every such verb there must have one and the same named doer. Two
doers ("Russian and Ukrainian forces shelled ..."; for a plural, "the arrests", another
doer of such a deed in the sentence before that too), an unnamed one ("Gunmen attacked
..."), no such verb, or a noun with more than "the" ("all attacks", "the rocket fire")
name no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import modality
from kg.extract.owned_deeds import owned_deed, takes_up_a_deed
from kg.extract.triggers import Trigger, trigger
from kg.language.lexicon import FORCE_PLURALS, GENERIC_GROUP_NOUNS
from kg.records import EventKind, Modality

_DEEDS = {EventKind.CONFLICT, EventKind.COOPERATION}
# Verbs whose subject authors what they govern: "the EU imposed sanctions", "Chile
# proposed a plan", "the council adopted a resolution" (not "Iran faced sanctions",
# "Peru accepted the plan", "should the UK approve the treaty": someone else's).
AUTHORING_VERBS = frozenset(
    """
    impose slap levy reimpose extend tighten propose draft table submit unveil present
    adopt pass introduce issue announce launch order set lay level lodge file deliver
    publish
    """.split()
)
# Endings that make a noun of a verb: "propose" -> "proposal", "close" -> "closure",
# "annex" -> "annexation", "execute" -> "execution", "agree" -> "agreement".
_NOUN_ENDINGS = ("al", "ure", "ion", "ation", "ment")


def same_kind_doers(ctx: Context, t: Token) -> list[str]:
    """The one named doer of the deed "the ``t``" takes up (see the module's docstring)."""
    if t.pos_ != "NOUN" or [c.lower_ for c in t.children if c.dep_ == "det"] != ["the"]:
        return []
    if any(c.dep_ in {"compound", "nmod", "poss", "nummod"} or ctx.actors.at(c.i)
           for c in t.children):  # fmt: skip
        return []  # "the rocket fire", "the Iranian demand": another noun or owned
    noun = _noun_trigger(t)
    start = t.sent.start
    start = ctx.doc[start - 1].sent.start if start > 0 else start
    # the deed a noun before may have told, with its doer (asked once, not per noun)
    deed = noun if noun is not None and takes_up_a_deed(noun, t) else None
    told = _told_doers(ctx, t, noun, deed, start, t.i)
    if told is None or len(told) != 1:
        return []
    if t.tag_ == "NNS" and start > 0:  # "A arrested ... B arrested ... the arrests": both
        earlier = _told_doers(ctx, t, noun, deed, ctx.doc[start - 1].sent.start, start)
        if earlier and earlier - told:
            return []
    return sorted(told)


def _told_doers(
    ctx: Context, t: Token, noun: Trigger | None, deed: Trigger | None, start: int, end: int
) -> set[str] | None:
    """The named doers of the deeds of ``t``'s kind told between ``start`` and ``end``
    (empty when none is told), or None when one is told of no one named or not as done."""
    doers: set[str] = set()
    for v, lemma, _, pos in ctx.scan(start, end):
        if pos == "NOUN" and deed is not None:
            doers.update(owned_deed(ctx, v, deed))  # "Israeli strikes on X ... the attacks"
            continue
        if pos != "VERB" or v.i == t.head.i:
            continue  # the verb that takes up the deed ("condemned the attack") is no deed
        if not _same_deed(t, noun, v, lemma):
            continue
        if g.negated(v):
            continue  # "Russia did not strike Kyiv": no deed
        if modality(ctx, v) is not Modality.ASSERTED:
            return None  # "Iran may strike Israel. The US condemned the attack": not this one
        named = g.agents(v) if g.is_passive(v) else g.subjects(v)
        if deed is not None and any(owned_deed(ctx, s, deed) for s in named):
            continue  # "Israeli strikes killed ten": the noun told the deed and its doer
        keys = [k for s in named for k in g.actors_of(ctx, s)]
        if len(set(keys)) != 1 or unnamed_group(ctx, keys[0]):
            return None  # "Gunmen attacked ...", "Russian and Ukrainian forces shelled ..."
        doers.update(keys)
    return doers


def unnamed_group(ctx: Context, key: str) -> bool:
    """A group called by a word alone: "Gunmen", "Militants" (who they are is not told)."""
    actor = ctx.actors.actors.get(key)
    return (key.startswith("group/") and actor is not None
            and actor.name.lower() in GENERIC_GROUP_NOUNS | FORCE_PLURALS)  # fmt: skip


def _noun_trigger(t: Token) -> Trigger | None:
    """The deed a noun names, or the verb of the same spelling ("the release": "release")."""
    lemma = t.lemma_.lower()
    found = trigger(t.lower_, "noun") or trigger(lemma, "noun") or trigger(lemma, "verb")
    return found if found is not None and found.kind in _DEEDS else None


def _same_deed(t: Token, noun: Trigger | None, verb: Token, lemma: str) -> bool:
    """Whether ``verb`` tells the deed the noun ``t`` names: one event type, or the
    verb the noun is made from."""
    if noun is not None:
        told = trigger(lemma, "verb")
        if told is not None and (told.kind, told.type) == (noun.kind, noun.type):
            return True
    return _made_from(t.lemma_.lower(), lemma.lower())


def _made_from(noun: str, verb: str) -> bool:
    """ "release" from "release", "proposal" from "propose", "closure" from "close"."""
    if noun == verb:
        return True
    stem = verb[:-1] if verb.endswith("e") else verb
    if noun == stem + "ing" and len(noun) > 5:
        return True  # "ruled" ... "the ruling", "found" ... "the finding"
    return len(stem) > 3 and any(noun == stem + e for e in _NOUN_ENDINGS)
