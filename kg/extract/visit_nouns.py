"""Visits named by nouns: "X's visit to Japan", "during a trip to Kenya, X said"
(the subject of the clause is the visitor), "the visit by (of) X to Y", "a visit to
Y by X"; a visit put off, only arranged ("is planned for May") or said to be possible
("a possible visit", "the proposed trip") stays planned, one
called off is negated. Verbs of visiting are in :mod:`kg.extract.meetings`."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context
from kg.extract.contact import ARRANGED, can_host, contact_events, not_held
from kg.extract.mood_frames import denied_report, put_off
from kg.extract.past_lives import past_life
from kg.records import Event, EventKind, Modality

VISIT_NOUNS = {w for (w, _) in triggers.words(frame="visit", pos="noun")}


def visit_events(ctx: Context, noun: Token) -> list[Event]:
    """ "X's visit to Japan", "during a trip to Kenya, X said", "a visit to Japan by
    X": the owner (or who follows "by" or "of", or else the subject of the clause)
    visits whoever follows "to"."""
    by = visitors_after(ctx, noun)
    # "to Y" on the noun, or on its visitor ("a visit by X to Y" parsed so)
    visited = g.prep_objects(noun, {"to"}) + [o for b in by for o in g.prep_objects(b, {"to"})]
    hosts = [k for t in visited for k in g.actors_of(ctx, t, include_places=True)]
    hosts = [k for k in hosts if k.startswith(("country/", "person/")) and can_host(ctx, k)]
    if not hosts or denied_report(noun):  # "dismissing reports of a trip to Y"
        return []
    if any(past_life(t) for t in [noun, noun.head, *visited]):
        return []  # "recalled his first visit to France as a student": a life's journey
    # "Tuesday's visit to X by Y": a date owns no visit
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}]
    owners = [_relative_owner(o) or o for o in owners]
    visitor_tokens = owners or by
    if not visitor_tokens or (
        owners
        and all(o.tag_ == "PRP$" for o in owners)
        and not any(g.actors_of(ctx, o) for o in owners)
    ):  # "the Turkish president paid his first visit to Y": "his" is the clause subject
        t = noun
        for _ in range(4):  # "during a visit to Japan, the minister said": the clause subject
            if t.head.i == t.i:
                break
            t = t.head
            if t.pos_ in {"VERB", "AUX"}:
                visitor_tokens = g.subjects(t)
                break
    visitors = [k for t in visitor_tokens for k in g.actors_of(ctx, t)]
    anchor = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
    events = contact_events(ctx, anchor, noun, EventKind.VISIT, "visit", visitors, hosts,
                     "visitor", "host", True, visitor_tokens, cameo="042")  # fmt: skip
    off = put_off(noun)
    if off is not None and off.head.i == noun.i and _carried_out(noun):
        off = None  # "paid his long-delayed visit to Y", "the postponed trip took place"
    if off is not None:  # "postponed his visit to Chile", "a trip to Peru was called off"
        events = [not_held(e, off) for e in events]
    elif (noun.dep_ == "nsubjpass" and noun.head.lemma_ in ARRANGED) or _prospective(noun):
        # "is planned for May", "a possible visit by X to Y", "the proposed trip to Y"
        events = [replace(e, modality=Modality.PLANNED) for e in events]
    return [replace(e, evidence=replace(e.evidence, confidence=0.7)) for e in events]


# Verbs that tell a visit once prospective or put off took place: "paid the planned visit
# to Y", "the long-delayed trip to Y began on Monday" (and "took place").
_CARRIED_OUT = frozenset({"make", "pay", "begin", "start", "end", "conclude", "complete"})


def _prospective(noun: Token) -> bool:
    """ "a possible visit", "the proposed trip" (not "made the planned visit to Y")."""
    return g.noun_mood(noun)[0] and not _carried_out(noun)


def _carried_out(noun: Token) -> bool:
    """The verb tells the visit took place: "made the planned visit to Y", "the
    long-delayed trip began", "the much-delayed visit took place"."""
    head = noun.head
    if head.tag_ not in {"VBD", "VBN", "VBZ"}:
        return False
    return head.lemma_ in _CARRIED_OUT or (
        head.lemma_ == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)
    )


def visitors_after(ctx: Context, noun: Token, preps: Collection[str] = ("by", "of")) -> list[Token]:
    """ "the visit by X", "the visit of X to Y": a person, country or body after "by"
    (or "of"), never "a visit by protesters" or "a visit of two days"."""
    return [
        t
        for t in g.prep_objects(noun, preps)
        if any(k.startswith(("person/", "country/", "org/")) for k in g.actors_of(ctx, t))
    ]


def trip_owners(ctx: Context, token: Token, meetings: Collection[str]) -> list[Token]:
    """ "X's visit (included talks with Y)", "the visit by X (to Peru included ...)",
    "the visit of X to Moscow (included ...)": whose trip or meeting a subject is (not
    "the tour of Asia": a tour is of the places toured)."""
    if token.lower_ not in VISIT_NOUNS and token.lower_ not in meetings:
        return []
    owners = [c for c in token.children if c.dep_ == "poss"] + g.prep_objects(token, {"by"})
    if owners or token.lower_ not in VISIT_NOUNS or token.lemma_ == "tour":
        return owners
    return visitors_after(ctx, token, {"of"})


def on_a_trip(
    ctx: Context, noun: Token, verb: Token | None, meetings: Collection[str]
) -> list[Token]:
    """ "During X's trip to Paris, talks with Y were held", "During the visit of X, a
    meeting with Y took place": the visitor of the trip the clause is set in holds a
    meeting no one else holds (the parser may also hang the meeting on the trip as an
    apposition: "During X's trip to Paris, a meeting with Y was held")."""
    trips = [noun.head] if noun.dep_ == "appos" and noun.head.lower_ in VISIT_NOUNS else []
    if verb is not None:
        trips += [o for o in g.prep_objects(verb, {"during", "on"}) if o.lower_ in VISIT_NOUNS]
    return [o for t in trips for o in trip_owners(ctx, t, meetings)]


def _relative_owner(owner: Token) -> Token | None:
    """ "A met B, who was on his first visit to the country,": "his" in a relative
    clause whose subject is "who" is the one the clause is about (B), not A."""
    if owner.tag_ != "PRP$":
        return None
    clause = owner.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    who = [c for c in clause.children if c.dep_ in g.SUBJECT_DEPS and c.tag_ == "WP"]
    return g.antecedent(who[0]) if who else None
