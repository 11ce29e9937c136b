"""Who receives what a state or a listed body gave or paid for, told by what is
done with it rather than by the verb of giving: "Russian-supplied missiles were
fired by Syria", "Russian-supplied missiles fired by Syria hit X", "Syria fired
Russian-supplied missiles at X", "Ukraine used US-supplied rockets" (the one who
fires or uses the arms got them), "the EU-funded project run by the UNDP", "a
Qatar-funded school run by X" (the one who runs what was paid for got the money), and
"gave $10m to a fund set up by X", "committed $1bn to a fund created by X" (a fund's
founder gets what is paid into it; not a school's or a firm's: "a school founded by
X" may long be another's; nor a person who set a fund up, who does not hold it).
Only a use told as done: "could use", "never fired" and "would run" name no one;
where the thing was only made ("German-made cars", "a Chinese-built port"),
nothing was given.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.joining import FOUNDING_VERBS
from kg.language.lexicon import listed_words

# Verbs whose subject (or passive agent) puts to use what was given to it.
_USING = frozenset({"use", "fire", "launch", "deploy", "shoot", "drop", "employ", "wield"})
# Participles of running a thing paid for: "a school run by X".
_RUNNING = frozenset({"run", "manage", "operate", "administer", "administrate"})
# Participles of founding a fund ("a fund set up by X"), and the funds (data/lower-pacts.txt).
_FOUNDING = FOUNDING_VERBS | {"set", "start"}  # ("set" only with "up")
_FUNDS = listed_words("lower-pacts.txt")["funds"]


def receivers(ctx: Context, things: list[Token]) -> list[str]:
    """The actors who fire or use ``things`` or run them, as told of them (also by a
    participle: "missiles fired by X", "a school run by X")."""
    found: list[str] = []
    for thing in things:
        found += [k for t in _wielders(thing) for k in g.actors_of(ctx, t)]
        for v in thing.children:
            if v.dep_ != "acl" or v.tag_ != "VBN" or not _done(v):
                continue
            if v.lemma_ in _RUNNING | _USING:
                found += [k for t in g.agents(v) for k in g.actors_of(ctx, t)]
            elif _founded(thing, v):  # not a person's: "a fund set up by Ana Vale" is its own
                found += [k for t in g.agents(v) for k in g.actors_of(ctx, t)
                          if not k.startswith("person/")]  # fmt: skip
    return list(dict.fromkeys(found))


def _founded(thing: Token, verb: Token) -> bool:
    """ "a fund set up / created by X": a fund's founding participle ("set" with "up")."""
    if thing.lemma_.lower() not in _FUNDS or verb.lemma_ not in _FOUNDING:
        return False
    return verb.lemma_ != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _wielders(thing: Token) -> list[Token]:
    """Who fires or uses ``thing``: the subject of an active verb it is the object of,
    or the agent of a passive one it is the subject of."""
    verb = thing.head
    if verb.lemma_ not in _USING or verb.pos_ not in {"VERB", "AUX"} or not _done(verb):
        return []
    if thing.dep_ == "dobj" and not g.is_passive(verb):
        return g.subjects(verb)
    if thing.dep_ == "nsubjpass":
        return g.agents(verb)
    return []


def _done(verb: Token) -> bool:
    """Told as done: no negation, no modal ("could use", "never fired")."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ in {"never", "not"}
        for c in verb.children
    )
