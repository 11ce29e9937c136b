"""Joint deeds whose doers are named before the noun, and bodies led together.

"A joint Egyptian-Saudi venture", "a joint Chinese and Brazilian satellite programme",
"Egypt and Saudi Arabia's joint venture": two or more parties that qualify a joint
deed (by their nationalities, a hyphenated pair or a possessive) are its doers, as
those after "by" are ("a joint inquiry by A and B"). Not who backs or leads it from
outside ("a joint US-backed operation": one party only).

"NASA leads the station with the European Space Agency", "the mission, which Kenya
co-chairs with Uganda": who leads, chairs or hosts something with a partner works with
it. Not talks or a meeting led with the other side ("led the talks with B": B is the
counterpart, not a partner).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_mood import act_noun_mood
from kg.extract.base import Context
from kg.language.contact_words import TURNED_DOWN
from kg.language.country_agents import backer_word

# Verbs (lemmas) of leading or hosting something, which a partner "with" shares.
LEADING_VERBS = frozenset(
    """lead co-lead colead chair co-chair cochair co-head co-host cohost co-sponsor
    cosponsor co-own co-found cofound co-fund""".split()
)
# What one leads facing the other side, not beside it: "led the talks with B", "led
# the fight with B".
_FACING = frozenset(
    """talk talks negotiation negotiations meeting meetings discussion discussions
    dialogue consultation consultations call delegation delegations summit fight
    fighting war battle battles dispute row clash clashes struggle confrontation
    contest race match game competition rivalry standoff""".split()
)
_QUALIFIERS = {"amod", "compound", "nmod", "poss"}
# Verbs (lemmas) that turn down or undo what their object names: "rejected a joint venture".
# Those that also call off a meeting (not "call", "miss" or "rule", which would turn
# down a deed only with a particle), plus "drop" ("dropped a joint bid"), which the
# meeting list does not hold ("dropped in on X" is a visit).
_TURNED_DOWN = TURNED_DOWN | {"drop"}


def named_before(ctx: Context, noun: Token) -> list[str]:
    """The parties that qualify a joint deed's noun before it ("a joint Egyptian-Saudi
    venture": Egypt and Saudi Arabia); none when a word before a participle only backs
    or leads it ("a joint US-led operation")."""
    keys: list[str] = []
    for left in noun.lefts:
        if left.dep_ not in _QUALIFIERS or left.lower_ == "joint":
            continue
        for t in left.subtree:
            if t.tag_ == "VBN" or backer_word(t):
                return []
            k = g.actor_of(ctx, t)
            if k is not None and not k.startswith(("place/", "person/")):
                keys.append(k)
    return list(dict.fromkeys(keys))


def led_with(ctx: Context, verb: Token) -> list[Token]:
    """Who shares what ``verb`` leads, chairs or hosts: the objects of its "with" (none
    for talks led with the other side, nor when what is led is a party: "A lead B by
    12 points with C third" is ahead of B)."""
    if verb.lemma_.lower() not in LEADING_VERBS or verb.pos_ != "VERB":
        return []
    objects = g.direct_objects(verb)
    if any(o.lemma_.lower() in _FACING or o.lower_ in _FACING for o in objects):
        return []
    if any(g.actors_of(ctx, o) for o in objects) or g.prep_objects(verb, {"by"}):
        return []
    # (the parser may hang the "with" on the object: "leads the station with B")
    return [
        o for t in [verb, *objects] for o in g.prep_objects(t, {"with"}) if o.head.head.i == t.i
    ]


def joint_mood(noun: Token) -> tuple[bool, bool]:
    """(planned, denied) for a joint deed: its own mood ("a proposed joint venture"),
    and denied when a verb turns it down ("rejected a joint venture")."""
    planned, denied = act_noun_mood(noun)
    turned_down = noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in _TURNED_DOWN
    return planned, denied or turned_down
