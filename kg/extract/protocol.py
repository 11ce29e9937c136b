"""Protocol: contact told as a rite done in person, not as a meeting.

Constructions: ``A and B reviewed a guard of honour``, ``A laid a wreath alongside
B``, ``A and B toured the car plant``, ``A toured the site with B`` (a rite or a
site toured by two people together); ``Speaking alongside B at a news conference,
A said``, ``A sat beside B at the banquet`` (someone close by); ``A was B's guest
at the residence``, ``A was the guest of honour at a banquet given by B`` (a guest
meets the host); ``B rolled out the red carpet for A`` (a host's welcome); ``A's
credentials were presented to B`` (the envoy named by the possessive). Only people
meet so (two countries "touring" a region may do it apart); one person alone at a
rite meets no one; planned, negated and hypothetical rites are kept but marked.
The words are data (``kg/language/data/protocol-words.txt``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.language.protocol_words import PROTOCOL_WORDS as _WORDS
from kg.records import Event, EventKind

_RITES = frozenset(tuple(w.split(":")) for w in _WORDS["rite"])
_SITES = _WORDS["site"]
_BESIDE = _WORDS["beside"]
_NEAR = _WORDS["near"]
_OCCASIONS = _WORDS["occasion"]
_ALONG = _NEAR | {"with"}
# Meals and receptions a guest of honour attends, given by a host.
_GIVEN = frozenset({"give", "host", "hold", "throw", "offer"})
MEALS = frozenset({"banquet", "dinner", "lunch", "luncheon", "reception", "breakfast"})
# Where one stands or sits beside someone in person, not in a stance ("stood beside
# B over the issue"): a place or an occasion.
_PLACED = frozenset({"at", "in", "outside", "inside", "on"})


def protocol_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Meetings told as a rite, a place beside someone, a guest's stay or a welcome."""
    for token, lemma, lower, pos in ctx.scan(start, end):
        if pos == "VERB" and _rite(token):
            yield from _together(ctx, token, _companions(token))
        elif (
            pos == "VERB" and lemma in _BESIDE and ((near := _beside(token)) or _together_at(token))
        ):
            yield from _together(ctx, token, near)
        elif pos == "VERB" and lemma == "flank" and (beside := g.agents(token)):
            yield from _together(ctx, token, beside)  # "A, flanked by B, said"
        elif lemma == "attend" and pos == "VERB":  # "attended a reception given by B"
            hosts = [h for o in g.direct_objects(token) for h in _meal_hosts(o)]
            yield from _meet(ctx, token, token, g.subjects(token), hosts, EventKind.VISIT,
                             "host-visit", ("visitor", "host"), "043")  # fmt: skip
        elif lower in {"honours", "honors"} and any(c.lower_ == "military" for c in token.children):
            guests, hosts = _honours(token)
            yield from _meet(ctx, token.head, token, guests, hosts, EventKind.VISIT,
                             "host-visit", ("visitor", "host"), "043")  # fmt: skip
        elif lower in {"guest", "guests"} and (host := _host_of_guest(token)) is not None:
            clause = token.head.head if token.dep_ == "pobj" else token.head
            yield from _meet(ctx, clause, token, g.subjects(clause), [host],
                             EventKind.VISIT, "host-visit", ("visitor", "host"), "043")  # fmt: skip
        elif lower == "carpet" and pos == "NOUN" and _red_carpet(token):
            verb = token.head
            yield from _meet(ctx, verb, token, g.subjects(verb), g.prep_objects(verb, {"for"}),
                             EventKind.VISIT, "host-visit", ("host", "visitor"), "043")  # fmt: skip
        elif lower in {"credentials", "credential"} and _handed_over(token):
            envoy = [c for c in token.children if c.dep_ == "poss"]
            verb = token.head
            receivers = g.prep_objects(verb, {"to"}) + g.agents(verb)
            yield from _meet(ctx, verb, token, envoy, receivers, EventKind.MEETING, "meet",
                             ("participant", "participant"), "040")  # fmt: skip


def _rite(verb: Token) -> bool:
    """ "reviewed a guard of honour", "laid a wreath", "posed for photographs", "toured
    the car plant": a rite or a site seen in person."""
    things = g.direct_objects(verb) + g.prep_objects(verb, {"for"})
    if g.is_passive(verb):  # "the guard of honour was reviewed by A and B"
        things += g.subjects(verb)
    lemma = verb.lemma_
    for thing in things:
        noun = thing.lemma_.lower()
        if (lemma, noun) in _RITES or (lemma, thing.lower_) in _RITES:
            return True
        if lemma == "tour" and noun in _SITES and thing.pos_ == "NOUN":
            return True
    return False


def _companions(verb: Token) -> list[Token]:
    """Who does the rite "with" or "alongside" its subject: on the verb, or hung on
    its object or its place ("toured the plant with B", "laid a wreath at the
    memorial alongside B")."""
    heads = [verb, *g.direct_objects(verb), *g.prep_objects(verb, {"at", "in", "outside"})]
    return [o for h in heads for o in g.prep_objects(h, _ALONG)]


def _beside(verb: Token) -> list[Token]:
    """Who is "alongside" or "beside" one who speaks or poses, or who stands, sits or
    appears at some place or occasion ("appeared alongside B at the launch"; not "in
    a film", nor "stood beside B over the reform", a stance)."""
    near = g.prep_objects(verb, _NEAR)
    near += [
        o
        for c in verb.children
        if c.dep_ == "advmod" and c.lower_ == "next"
        for o in g.prep_objects(c, {"to"})
    ]  # fmt: skip  ("standing next to B")
    heads = [verb, *near]
    places = [p.lower_ for h in heads for p in h.children if p.dep_ == "prep"]
    if verb.lemma_ == "appear":
        return near if {"at", "outside"} & set(places) else []
    if verb.lemma_ in {"stand", "sit", "walk"}:
        scene = verb.tag_ == "VBG" and verb.dep_ in {"acl", "advcl"} and "over" not in places
        return near if scene or _PLACED & set(places) else []  # ("A, standing beside B, said")
    return near


def _together_at(verb: Token) -> bool:
    """ "A and B appeared together at a news conference": an occasion both were at."""
    return any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children) and any(
        o.lemma_.lower() in _OCCASIONS for o in g.prep_objects(verb, {"at"})
    )


def _host_of_guest(guest: Token) -> Token | None:
    """ "A was B's guest", "A was the guest of B", "A stayed as B's guest", "A was
    among the guests at B's banquet", "A was the guest of honour at a banquet given
    by B": who received the guest the clause's subject is."""
    verb = guest.head.head if guest.dep_ == "pobj" else guest.head
    if not (
        (guest.dep_ == "attr" and verb.lemma_ == "be")
        or (guest.dep_ == "pobj" and guest.head.lower_ == "as" and verb.pos_ == "VERB")
        or (guest.dep_ == "pobj" and guest.head.lower_ == "among" and verb.lemma_ == "be")
    ):
        return None
    owner = [c for c in guest.children if c.dep_ == "poss"]
    owner += [o for o in g.prep_objects(guest, {"of"}) if o.lower_ not in {"honour", "honor"}]
    for meal in g.prep_objects(guest, {"at"}):
        owner += _meal_hosts(meal)
    return owner[0] if owner else None


def _meal_hosts(meal: Token) -> list[Token]:
    """Who gives the meal: "B's banquet", "a reception given (hosted) by B"."""
    if meal.lemma_.lower() not in MEALS:
        return [c for c in meal.children if c.dep_ == "poss"]  # "at B's residence"
    return [c for c in meal.children if c.dep_ == "poss"] + [
        a for c in meal.children if c.dep_ == "acl" and c.lemma_ in _GIVEN for a in g.agents(c)
    ]


def _honours(noun: Token) -> tuple[list[Token], list[Token]]:
    """ "A was accorded full military honours by B", "B accorded A full military
    honours": the guest and the host who honoured them in person."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in {"accord", "give", "render"}:
        return [], []
    if g.is_passive(verb):
        hosts = g.agents(verb) or g.prep_objects(noun, {"by"})
        return g.subjects(verb), hosts
    guests = [c for c in noun.children if c.dep_ == "nmod"]  # (the parser's reading)
    guests += [c for c in verb.children if c.dep_ == "dative"]
    return guests, g.subjects(verb)


def _handed_over(papers: Token) -> bool:
    """ "A's credentials were presented to B (accepted by B)"."""
    return papers.dep_ == "nsubjpass" and papers.head.lemma_ in {"present", "accept", "receive"}


def _red_carpet(carpet: Token) -> bool:
    """ "rolled out the red carpet for A", "laid out the red carpet for A"."""
    verb = carpet.head
    return (
        carpet.dep_ == "dobj"
        and any(c.lower_ == "red" for c in carpet.children)
        and verb.lemma_ in {"roll", "lay", "put"}
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )


def _together(ctx: Context, verb: Token, partners: list[Token]) -> list[Event]:
    """Two or more people doing a rite, or one doing it with (alongside) another."""
    return _meet(ctx, verb, verb, _doers(verb), partners, EventKind.MEETING, "meet",
                 ("participant", "participant"), "040")  # fmt: skip


def _doers(verb: Token) -> list[Token]:
    """Who does the rite or stands there: a passive's agents ("was reviewed by A and
    B"), the subjects, or the noun a participle qualifies ("A, standing next to B")."""
    if g.is_passive(verb) and verb.lemma_ != "flank":
        return g.agents(verb)
    found = g.subjects(verb)
    if not found and verb.dep_ == "acl":
        found = [verb.head]
    return found


def _meet(
    ctx: Context,
    verb: Token,
    trigger: Token,
    subj_tokens: list[Token],
    partner_tokens: list[Token],
    kind: EventKind,
    etype: str,
    roles: tuple[str, str],
    cameo: str,
) -> list[Event]:
    """People only: a country or body told to do a rite meets no one by it."""
    subj = _people(ctx, subj_tokens)
    partners = _people(ctx, partner_tokens)
    if not subj or (len(subj) < 2 and not partners):
        return []
    return contact_events(ctx, verb, trigger, kind, etype, subj, partners, roles[0], roles[1],
                          False, [*subj_tokens, *partner_tokens], cameo=cameo,
                          confidence=0.6)  # fmt: skip


def _people(ctx: Context, tokens: list[Token]) -> list[str]:
    return [k for t in tokens for k in g.actors_of(ctx, t) if k.startswith("person/")]
