"""Joining a body another leads: "Denmark joined the US-led coalition", "Jordan, a member
of the Saudi-led alliance", "sent troops as part of the NATO-led force". Who joins a
coalition or force that X leads works with X (CAMEO 060, both ways), besides being a
member of the body (:mod:`kg.extract.joining`).

Only the leader named before "-led" counts, and only a country or body the gazetteer
knows by that word or its demonym ("Saudi-led": Saudi Arabia, "Tory-led": the
Conservative Party); "army-led" names no one. Written out, "joined the governing
coalition led by the Christian Democrats" is the same (a country, body or group after
"by", not a person: "the force led by General X" is his command).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.noun_parties import named_key
from kg.extract.senses import sense
from kg.language.lexicon import JOINING_VERBS
from kg.records import Event, EventKind

# Nouns of being in a body: "a member of", "part of", "members of".
_IN_BODY = frozenset({"member", "members", "part"})
_ALLIED = sense("ally", "060", symmetric=True)


def led_bodies(ctx: Context, extractor: str) -> Iterator[Event]:
    """Cooperation between who joins an X-led body and X."""
    for token, _, lower, _ in ctx.scan():
        if lower != "led" or token.dep_ not in {"amod", "acl"}:
            continue
        leaders = [_leader(token)] if token.dep_ == "amod" else _led_by(ctx, token)
        if not (leaders := [k for k in leaders if k is not None]):
            continue
        anchor, joiners = _joiners(ctx, token.head)
        if anchor is None or not (joiners := [k for k in joiners if k not in leaders]):
            continue
        yield from make_events(ctx, anchor, token.head, EventKind.COOPERATION, _ALLIED, joiners,
                               leaders, [token, token.head], extractor, 0.65)  # fmt: skip


# Bodies one joins that another may lead: "joined the coalition led by X".
_LED_BODIES = frozenset({"coalition", "alliance", "bloc", "government", "force"})


def _led_by(ctx: Context, led: Token) -> list[str | None]:
    """ "the governing coalition led by the Christian Democrats": the country or body
    after "by" (not a person: "the force led by General X" is his command)."""
    if led.tag_ != "VBN" or led.head.lemma_.lower() not in _LED_BODIES:
        return []
    return [k for a in g.agents(led) for k in g.actors_of(ctx, a)
            if k.startswith(("country/", "org/", "group/"))]  # fmt: skip


def _leader(led: Token) -> str | None:
    """ "US-led", "Saudi-led": the country or body written before the hyphen."""
    hyphen = led.doc[led.i - 1] if led.i > 0 else None
    if hyphen is None or hyphen.text != "-" or hyphen.whitespace_ or led.i < 2:
        return None
    word = led.doc[led.i - 2]
    if word.whitespace_ or word.head.i != led.i or not word.text[:1].isupper():
        return None
    key = named_key(word.text)
    return key if key is not None and key.startswith(("country/", "org/")) else None


def _joiners(ctx: Context, body: Token) -> tuple[Token | None, list[str]]:
    """Who the sentence says joined ``body`` or is in it, and the verb that says so."""
    head = body.head
    if body.dep_ == "dobj" and head.lemma_ in JOINING_VERBS:  # "joined the US-led coalition"
        return head, [k for s in g.subjects(head) for k in g.actors_of(ctx, s)]
    if body.dep_ == "nsubjpass" and head.lemma_ in JOINING_VERBS:  # "... was joined by Chad"
        return head, [k for t in g.prep_objects(head, {"by"}) for k in g.actors_of(ctx, t)]
    if body.dep_ != "pobj" or head.lower_ != "of" or head.head.lower_ not in _IN_BODY:
        return None, []
    noun = head.head
    if noun.dep_ == "appos":  # "Jordan, a member of the US-led coalition, ..."
        return noun, g.actors_of(ctx, noun.head)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if noun.dep_ in {"attr", "pobj"} and verb.pos_ in {"VERB", "AUX"} and not g.is_passive(verb):
        # (not "was attacked as part of the US-led campaign": what was done to it)
        # "became part of the NATO-led force", "sent troops as part of the US-led coalition"
        return verb, [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    return None, []
