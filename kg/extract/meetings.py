"""Meetings, talks, phone calls, visits and negotiations (CAMEO 04x).

Constructions: ``A met (with) B``; ``A and B met``; ``A held (separate)
talks/meetings with B, C and D``; ``talks between A and B``; ``A-B summit``;
``A hosted/received B``; ``A visited B``; ``B was received by A``; ``in a phone
call with B, A said``; ``A spoke by phone to B``; ``A negotiated with B``;
``envoys from A and B are engaged in negotiations``; ``consultations continue
between A and B``. Every party of a multilateral event is a participant of the
same event. Negated, planned and hypothetical meetings are kept but marked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context, unique
from kg.language.gazetteer import gazetteer
from kg.records import Event, EventKind, Modality, Participant

NAME = "meetings"

_ROLES = {"mutual": ("participant", "participant"), "visit": ("visitor", "host"),
          "host": ("host", "visitor")}  # fmt: skip
_CONTACT = (EventKind.MEETING, EventKind.PHONE_CALL, EventKind.VISIT, EventKind.NEGOTIATION)
_VERBS = {w: t for (w, _), t in triggers.words(kind=_CONTACT, pos="verb").items()
          if t.frame in _ROLES}  # fmt: skip
_NOUNS = {w: t for (w, _), t in triggers.words(kind=_CONTACT, pos="noun").items()
          if t.frame == "mutual"}  # fmt: skip
# travel verb -> prepositions that name where the traveller goes
_TRAVEL = {w: t.preps for (w, _), t in triggers.words(frame="travel", pos="verb").items()}
_VISIT_NOUNS = {w for (w, _) in triggers.words(frame="visit", pos="noun")}
_SUPPORT_VERBS = {"hold", "have", "begin", "start", "resume", "open", "kick", "continue", "conduct",
                  "launch", "conclude", "wrap", "engage", "enter", "join", "make", "pay", "end",
                  "complete", "finish", "host", "chair"}  # fmt: skip
_PHONE_WORDS = {"phone", "telephone", "telephoned", "phoned", "call", "videoconference"}


def extract(ctx: Context) -> Iterator[Event]:
    return unique(_candidates(ctx))


def participants_in(ctx: Context, sent: Span) -> list[str]:
    """The parties of the meeting(s) a sentence tells: "A met B and C" -> A, B, C."""
    found: list[str] = []
    for event in _candidates(ctx, sent):
        found.extend(event.actors())
    return list(dict.fromkeys(found))


def _candidates(ctx: Context, within: Span | None = None) -> Iterator[Event]:
    tokens = within if within is not None else ctx.doc
    for token in tokens:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_ in _VERBS:
            yield from _from_verb(ctx, token) or []
        elif token.pos_ in {"VERB", "AUX"} and token.lemma_ == "tell":
            yield from _from_telling(ctx, token)
        elif token.pos_ == "VERB" and token.lemma_ in _TRAVEL:
            yield from _from_travel(ctx, token)
    for token in tokens:
        if (
            token.pos_ in {"NOUN", "PROPN"}
            and token.lower_ in _NOUNS
            and not _is_phone_modifier(token)
        ):
            yield from _from_noun(ctx, token)
        elif token.pos_ == "NOUN" and token.lower_ in _VISIT_NOUNS:
            yield from _visit_noun(ctx, token)


def _from_travel(ctx: Context, verb: Token) -> list[Event]:
    """ "President X arrived in Ruritania", "X will travel to Japan": a visit to a
    country (a city or region is only the place)."""
    hosts = []
    gz = gazetteer()
    for obj in g.prep_objects(verb, _TRAVEL[verb.lemma_]):
        for key in g.actors_of(ctx, obj, include_places=True):
            if key.startswith("country/"):
                hosts.append(key)
        mention = ctx.actors.named_at(obj.i)
        capital = (
            gz.metonym(mention.text) if mention is not None and mention.kind == "place" else None
        )
        if capital is not None and capital.type == "Country":
            hosts.append(capital.key)  # "arrived in Cairo": a visit to Egypt
    visitors = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    visitors = [k for k in visitors if k.startswith(("person/", "country/", "org/"))]
    if not hosts or not visitors:
        return []
    events = _events(ctx, verb, verb, EventKind.VISIT, "visit", visitors, hosts,
                     "visitor", "host", True, [], cameo="042")  # fmt: skip
    return [replace(e, evidence=replace(e.evidence, confidence=0.6)) for e in events]


def _visit_noun(ctx: Context, noun: Token) -> list[Event]:
    """ "X's visit to Japan", "during a trip to Kenya, X said": the owner (or the
    subject of the clause) visits whoever follows "to"."""
    hosts = [
        k for t in g.prep_objects(noun, {"to"}) for k in g.actors_of(ctx, t, include_places=True)
    ]
    hosts = [k for k in hosts if k.startswith(("country/", "person/"))]
    if not hosts:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    visitor_tokens = owners
    if not owners:
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
    events = _events(ctx, anchor, noun, EventKind.VISIT, "visit", visitors, hosts,
                     "visitor", "host", True, visitor_tokens, cameo="042")  # fmt: skip
    return [replace(e, evidence=replace(e.evidence, confidence=0.7)) for e in events]


def _from_telling(ctx: Context, verb: Token) -> list[Event]:
    """ "A told B (that ...)": A and B were in contact, when B is a person or a
    country (not the press, a programme or a committee)."""
    addressees = [t for t in verb.children if t.dep_ in {"dobj", "dative"}]
    keys = [
        k for t in addressees for k in g.actors_of(ctx, t) if k.startswith(("person/", "country/"))
    ]
    subj = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    if not keys or not subj:
        return []
    events = _events(ctx, verb, verb, EventKind.MEETING, "consult", subj, keys,
                     "participant", "participant", False, addressees)  # fmt: skip
    return [replace(e, evidence=replace(e.evidence, confidence=0.6)) for e in events]


def _is_phone_modifier(token: Token) -> bool:
    return token.lower_ == "call" and token.dep_ == "compound"


def _phone_context(verb: Token) -> bool:
    return any(
        t.lower_ in _PHONE_WORDS for t in verb.subtree if t.head == verb or t.head.head == verb
    )


def _from_verb(ctx: Context, verb: Token) -> list[Event] | None:
    trig = _VERBS[verb.lemma_]
    kind, etype, cameo = trig.kind, trig.type, trig.cameo
    subj_role, obj_role = _ROLES[trig.frame]
    lemma = verb.lemma_
    if lemma in {"speak", "talk"} and _phone_context(verb):
        kind, etype, cameo = EventKind.PHONE_CALL, "phone-call", "041"
    passive = g.is_passive(verb)
    subj_tokens = g.agents(verb) if passive else g.subjects(verb)
    obj_tokens = [] if passive else g.direct_objects(verb)
    if passive:
        obj_tokens = g.subjects(verb)
    if not trig.direct_object:
        obj_tokens = []
    obj_tokens += g.prep_objects(verb, trig.preps)
    if not obj_tokens:
        obj_tokens += [t for t in g.deep_prep_objects(verb, {"with"}) if _named(ctx, t)]
    obj_tokens += g.noun_conjuncts(verb) if obj_tokens else []
    for obj in list(obj_tokens):
        if obj.lower_ in _NOUNS:  # "held talks with": handled through the noun
            return None
    subj = [k for t in subj_tokens for k in g.actors_of(ctx, t)]
    objs = [k for t in obj_tokens for k in g.actors_of(ctx, t)]
    if lemma in {"host", "receive"} and not objs:
        return None
    if lemma == "speak" and not objs:
        return None  # "A and B spoke at the conference" is not a talk between them
    separate = _separately(verb)
    return _events(ctx, verb, verb, kind, etype, subj, objs, subj_role, obj_role, separate,
                   obj_tokens + subj_tokens, cameo=cameo)  # fmt: skip


def _named(ctx: Context, token: Token) -> bool:
    mention = ctx.actors.mention_at(token.i)
    return mention is not None and mention.kind in {"person", "country", "org", "group"}


def _from_noun(ctx: Context, noun: Token) -> Iterator[Event]:
    trig = _NOUNS[noun.lower_]
    kind, etype, cameo = trig.kind, trig.type, trig.cameo
    if any(t.lower_ in {"phone", "telephone"} for t in noun.children) or noun.lower_ == "call":
        kind, etype, cameo = EventKind.PHONE_CALL, "phone-call", "041"
        if noun.lower_ == "call" and not any(
            t.lower_ in {"phone", "telephone", "video"} for t in noun.lefts
        ):
            return
    governor = _governor(noun)
    subj: list[str] = []
    subj_tokens: list[Token] = []
    if governor is not None:
        subj_tokens = g.subjects(governor)
        if governor.lemma_ in {"follow", "precede", "collapse", "fail", "end", "break", "be"} and (
            noun.dep_ != "pobj"
        ):
            subj_tokens = []
        subj = [k for t in subj_tokens if t.i != noun.i for k in g.actors_of(ctx, t)]
    partner_tokens = g.prep_objects(noun, trig.preps)
    if governor is not None:
        partner_tokens += g.prep_objects(governor, trig.preps)
    objs = [k for t in partner_tokens for k in g.actors_of(ctx, t)]
    # parties named together ("between A and B", "the A-B summit") meet each other;
    # partners after "with" need someone on the other side
    mutual = any(t.head.lower_ in {"between", "among"} for t in partner_tokens)
    # "his meeting with Mercier", "Russia's talks with Iran"
    for child in noun.children:
        if child.dep_ == "poss":
            subj.extend(g.actors_of(ctx, child))
        # "the Hale-Volkov summit", "U.S.-China talks"
        if child.dep_ in {"compound", "nmod", "amod"}:
            for c in g.conjuncts(child):
                key = g.actor_of(ctx, c)
                mention = ctx.actors.mention_at(c.i)
                if (
                    key
                    and mention is not None
                    and mention.kind in {"person", "country", "org", "group"}
                ):
                    objs.append(key)
                    mutual = True
            for c in child.lefts:
                key = g.actor_of(ctx, c)
                if key and c.dep_ in {"compound", "nmod", "amod"}:
                    objs.append(key)
                    mutual = True
    anchor = governor if governor is not None else noun
    if noun.dep_ == "dobj" and noun.head.lemma_ in g.INTENTION_VERBS:
        # "Washington supported direct talks between the two": not talks that happened
        for event in _events(ctx, anchor, noun, kind, etype, subj, objs, "participant", "participant",
                             _separately(noun), partner_tokens + subj_tokens, mutual=mutual, cameo=cameo):  # fmt: skip
            yield replace(event, modality=Modality.PLANNED)
        return
    yield from _events(ctx, anchor, noun, kind, etype, subj, objs, "participant", "participant",
                       _separately(noun), partner_tokens + subj_tokens, mutual=mutual,
                       cameo=cameo)  # fmt: skip


_MEASURES = {
    "days",
    "day",
    "hours",
    "weeks",
    "months",
    "rounds",
    "round",
    "series",
    "years",
    "week",
}


def _governor(noun: Token) -> Token | None:
    """The verb that holds/engages in the talks, or whose clause the noun modifies."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"}:
        if noun.dep_ == "dobj" and head.lemma_ not in _SUPPORT_VERBS:
            return None if head.lemma_ not in {"discuss", "attend"} else head
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in {"VERB", "AUX", "ADJ"}:
            return verb
        # "ended two days of talks", "held a second round of negotiations"
        if head.lower_ == "of" and verb.lower_ in _MEASURES:
            return _governor(verb)
    if noun.dep_ == "conj":
        return _governor(noun.head)
    return None


def _separately(token: Token) -> bool:
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.children}
    return "separate" in words or "separately" in words


def _events(ctx: Context, verb: Token, trigger: Token, kind: EventKind, etype: str,
            subj: list[str], objs: list[str], subj_role: str, obj_role: str,
            separate: bool, arg_tokens: list[Token], *, mutual: bool = False,
            cameo: str = "040") -> list[Event]:  # fmt: skip
    subj = list(dict.fromkeys(subj))
    objs = [k for k in dict.fromkeys(objs) if k not in subj]
    groups: list[list[Participant]] = []
    # "A met B and C", "A phoned B and C", "A will visit B and C": one event per
    # partner; several subjects ("A and B held talks with C") share one event.
    separate = separate or (len(subj) == 1 and len(objs) > 1)
    if objs and subj:
        if separate:
            groups = [
                [*(Participant(s, subj_role) for s in subj), Participant(o, obj_role)] for o in objs
            ]
        else:
            groups = [
                [
                    *(Participant(s, subj_role) for s in subj),
                    *(Participant(o, obj_role) for o in objs),
                ]
            ]
    elif len(subj) >= 2:
        groups = [[Participant(s, "participant") for s in subj]]
    elif len(objs) >= 2 and not subj and mutual:
        groups = [[Participant(o, "participant") for o in objs]]
    events = []
    mood = g.modality(verb)
    neg = g.negated(verb)
    claimed = g.claimant(ctx, verb)
    if claimed in subj or claimed in objs:
        claimed = None  # a participant telling of its own meeting asserts it
    date = g.date_of(verb) or g.date_of(trigger)
    place = g.place_of(ctx, verb) or g.place_of(ctx, trigger)
    confidence = 0.85 if trigger.pos_ in {"VERB", "AUX"} else 0.75
    for parts in groups:
        if len({p.actor for p in parts}) < 2:
            continue
        tokens = [trigger, *arg_tokens]
        events.append(
            Event(
                kind=kind,
                type=etype,
                participants=tuple(parts),
                evidence=ctx.evidence(tokens, f"{NAME}/v1", confidence),
                trigger=trigger.text,
                cameo=cameo,
                modality=mood,
                negated=neg,
                claimed_by=claimed,
                date_text=date,
                place=place,
            )
        )
    return events
