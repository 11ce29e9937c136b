"""Who was at a meeting, listed in a clause of its own: "Among the guests were A and B",
"The guests included A and B", "Attending were A, B and C", "Those at the talks
included A and B", "Participants included A and B".

The meeting is the one that clause names ("those at the talks") or the one the
sentence before tells as held: with a host ("X hosted a dinner for envoys. Among the
guests were A and B": X met A and B, each) or without one ("The summit opened in
Accra. Attending were the leaders of A, B and C": they met each other). A meal, a
show or a wedding with no host named is no meeting of its guests; a list of others
("Among the critics were A and B"), a planned event ("will host a dinner", "Expected
among the guests are") and a negated one give no meeting.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.extract.modality import told_as_fact
from kg.extract.protocol import MEALS
from kg.records import Event, EventKind

# Nouns for who was at a gathering.
_LISTS = frozenset("guest participant attendee delegate invitee".split())
# Verbs and words that put "those" at a gathering: "those attending", "those present".
_THERE = frozenset("attend present participate there".split())
# Gatherings whose guests meet each other when no host is named.
_MEETINGS = frozenset(
    """summit talks meeting conference negotiations forum consultations session
    gathering round parley""".split()
)
# Meals and receptions whose guests meet their host.
# Verbs by which a host gives a gathering: "X hosted (held, gave) a dinner".
_GIVING = frozenset("host hold give throw convene organise organize chair".split())
# Words that make the list a forecast: "Expected among the guests are".
_FORECAST = frozenset("expected due likely set invited".split())


def guest_list_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Meetings whose sides a list of those present names."""
    for token, lemma, _, _ in ctx.scan(start, end):
        if token.dep_ != "ROOT" or lemma not in {"be", "include"}:
            continue
        guests = _listed(token)
        if not guests or not told_as_fact(ctx, token) or _forecast(token):
            continue
        keys = list(dict.fromkeys(k for t in guests for k in g.actors_of(ctx, t)))
        if not keys:
            continue
        hosts, gathering = _gathering(ctx, token)
        hosts = [k for k in hosts if k not in keys]
        if hosts:
            yield from contact_events(ctx, token, token, EventKind.MEETING, "meet", hosts, keys,
                                      "host", "participant", gathering in MEALS, guests,
                                      mutual=True, confidence=0.7)  # fmt: skip
        elif gathering in _MEETINGS and len(keys) >= 2:
            yield from contact_events(ctx, token, token, EventKind.MEETING, "meet", [], keys,
                                      "participant", "participant", False, guests,
                                      mutual=True, confidence=0.7)  # fmt: skip


def _listed(verb: Token) -> list[Token]:
    """Who the clause lists as present: "Among the guests were A" (the subject),
    "The guests included A" (the object), "Attending were A" (the attribute)."""
    children = list(verb.children)
    if verb.lemma_ == "include":
        if any(c.dep_ == "nsubj" and _a_list(c) for c in children):
            return [c for c in children if c.dep_ == "dobj"]
        return []
    among = [o for c in children if c.dep_ == "prep" and c.lower_ == "among"
             for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    fronted = [c for c in children if c.dep_ in {"csubj", "nsubj"} and c.lemma_ in _THERE
               and c.pos_ == "VERB" and c.i < verb.i]  # fmt: skip
    if not (any(_a_list(o) for o in among) or fronted):
        return []
    return [c for c in children if c.dep_ in {"nsubj", "attr"} and c.pos_ in {"PROPN", "NOUN"}]


def _a_list(noun: Token) -> bool:
    """ "the guests", "participants", "those attending", "those at the talks"."""
    if noun.lemma_.lower() in _LISTS:
        return True
    if noun.lower_ != "those":
        return False
    return any(
        c.lemma_ in _THERE
        or (c.dep_ == "prep" and c.lower_ == "at" and any(_gathering_noun(o) for o in c.children))
        or (c.lemma_ == "take" and any(p.lower_ == "part" for p in c.children))
        for c in noun.children
    )


def _gathering_noun(noun: Token) -> str | None:
    lower = noun.lower_
    return lower if lower in _MEETINGS or lower in MEALS else None


def _gathering(ctx: Context, verb: Token) -> tuple[list[str], str | None]:
    """The hosts and the noun of the gathering the list is of: one the clause names
    ("those at the talks"), else one the sentence before tells as held."""
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "at" and (noun := _gathering_noun(t)):
            if not (t.sent.start and (before := _held_before(ctx, verb))[1]):
                return [], noun
            return before
    return _held_before(ctx, verb)


def _held_before(ctx: Context, verb: Token) -> tuple[list[str], str | None]:
    """The gathering the sentence before tells as held, and who gave it: "X hosted a
    dinner for envoys", "The summit opened in Accra", "A summit was held in Lome"."""
    start = verb.sent.start
    if start == 0:
        return [], None
    for t in verb.doc[start - 1].sent:
        noun = _gathering_noun(t)
        head = t.head
        if noun is None or head.pos_ not in {"VERB", "AUX"} or not told_as_fact(ctx, head):
            continue
        if t.dep_ == "dobj" and head.lemma_ in _GIVING:
            hosts = [k for s in g.subjects(head) for k in g.actors_of(ctx, s)]
            return hosts, noun if hosts else None
        if t.dep_ == "nsubjpass" and head.lemma_ in _GIVING:
            return [k for a in g.agents(head) for k in g.actors_of(ctx, a)], noun
        if t.dep_ == "nsubj":
            return [], noun  # "The summit opened", "Talks resumed in Cairo"
    return [], None


def _forecast(verb: Token) -> bool:
    """ "Expected among the guests are A and B": not yet there."""
    return any(c.lower_ in _FORECAST for c in verb.children if c.i < verb.i)
