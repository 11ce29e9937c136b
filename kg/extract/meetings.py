"""Meetings, talks, phone calls, visits and negotiations (CAMEO 04x), told by verbs.

Constructions: ``A met (with) B``; ``A and B met``; ``A sat down with B``; ``A hosted /
received B``; ``A visited B``; ``B was received by A``; ``A spoke by phone to B``; ``A
called B``; ``A negotiated with B``; ``A and B shook hands``; ``X, whom A met``; ``X
arrived in Japan``; ``X convened the leaders of A and B`` (all meet). Nouns (``talks
between A and B``) are in :mod:`kg.extract.meeting_nouns`. Negated, planned, hypothetical
meetings are kept, marked. Telling someone something or speaking to the press is a
statement; what parties each do to others is no contact ("A and B phoned voters").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.base import Context, unique
from kg.extract.ceremonies import ceremony_events
from kg.extract.contact import (
    CONTACT,
    ROLES,
    can_host,
    contact_events,
    courtesy_call,
    is_audience,
    is_press,
    separately,
)
from kg.extract.delegation_leaders import leaders
from kg.extract.expulsions import sent_envoys
from kg.extract.fronted import phrase_start
from kg.extract.go_betweens import go_between_events
from kg.extract.guests import guest_objects, is_guest
from kg.extract.invited import invited
from kg.extract.media import phone_context
from kg.extract.meeting_nouns import NOUNS, noun_events
from kg.extract.noun_parties import clause_comma, closing_comma, hosted_by
from kg.extract.on_air import partners_on_air
from kg.extract.past_lives import past_life
from kg.extract.phoned import ADDRESSING, phoned_events
from kg.extract.protocol import protocol_events
from kg.extract.ringing import rings, rung
from kg.extract.senses import face_to_face, verb_key, verb_starts
from kg.extract.signed_together import signed_together
from kg.extract.sport import in_a_fixture
from kg.extract.summit_sides import summit_events
from kg.extract.trip_sightings import seen_on_trips
from kg.extract.welcomes import welcome_events
from kg.language.contact_phrases import HOSTING_VERBS
from kg.language.event_words import MEDIA_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import AGENT_NOUNS, ARMED_MACHINES
from kg.records import Event, EventKind

NAME = "meetings"
_VERBS = {w: t for (w, _), t in triggers.words(kind=CONTACT, pos="verb").items()
          if t.frame in ROLES}  # fmt: skip
# travel verb -> prepositions that name where the traveller goes
_TRAVEL = {w: t.preps for (w, _), t in triggers.words(frame="travel", pos="verb").items()}
# What a journey is for when it makes its traveller a visitor: "for a three-day visit",
# "on a state visit", "for talks" (not "on a concert tour", "for a conference").
_VISIT_PURPOSES = frozenset("visit visits talks negotiations consultations discussions "
                            "summit meeting meetings".split())  # fmt: skip
# Nouns of events with partners of their own ("a deal with X", "talks with X").
_EVENT_NOUNS = frozenset(w for (w, pos) in triggers.table() if pos == "noun")
# Verbs of talking that are a phone call when done "by phone" or "in a phone call".
_BY_PHONE = {"speak", "talk", "confer", "consult", "discuss", "chat", "converse"}
# Words that make telling public or written: "told the court", "in a letter".
_PUBLIC_CONTEXT = {"letter", "interview", "programme", "program", "newspaper", "hearing",
                   "court", "trial", "inquiry", "broadcast", "podcast", "documentary", "book",
                   "memoir", "magazine", "column", "article"}  # fmt: skip
_NOT_GUESTS = {"troops", "forces", "soldiers", "base", "bases", "refugees", "migrants", "fighters",
               "weapons", "missiles", "asylum-seekers"}  # fmt: skip
# Who goes somewhere on no visit: armed machines and forces ("Russian jets arrived in Syria").
_NOT_VISITORS = ARMED_MACHINES | _NOT_GUESTS


def extract(ctx: Context) -> Iterator[Event]:
    return unique(_candidates(ctx))


def participants_in(ctx: Context, sent: Span) -> list[str]:
    """The parties of the meeting(s) a sentence tells: "A met B and C" -> A, B, C."""
    found: list[str] = []
    for event in _candidates(ctx, sent):
        found.extend(event.actors())
    return list(dict.fromkeys(found))


def _candidates(ctx: Context, within: Span | None = None) -> Iterator[Event]:
    start, end = (within.start, within.end) if within is not None else (0, None)
    starts = verb_starts(_VERBS)
    for token, lemma, _, pos in ctx.scan(start, end):
        verbal = pos in {"VERB", "AUX"} and lemma in starts
        key = verb_key(token, _VERBS) if verbal else None
        if verbal and key is None:
            key = _hosting_key(ctx, token)
        if key is not None:
            yield from _from_verb(ctx, token, key) or []
        elif pos in {"VERB", "AUX"} and lemma == "tell":
            yield from _from_telling(ctx, token)
        elif pos == "VERB" and lemma in _TRAVEL:
            yield from _from_travel(ctx, token)
    yield from noun_events(ctx, ctx.scan(start, end))
    yield from ceremony_events(ctx, start, end)
    yield from signed_together(ctx, start, end)  # "A and B signed the pact in Riga"
    yield from go_between_events(ctx, start, end)
    yield from welcome_events(ctx, start, end)
    yield from protocol_events(ctx, start, end)
    yield from phoned_events(ctx, start, end)
    yield from seen_on_trips(ctx, start, end)
    yield from summit_events(ctx, start, end)


def _hosting_key(ctx: Context, verb: Token) -> str | None:
    """ "welcomed the Chinese delegation": a word that praises an idea hosts a guest,
    as its "welcomed X to Hanoi" row does (the "not-arrival" flag of its praise row)."""
    praise = triggers.trigger(verb.lemma_, "verb")
    hosting = f"{verb.lemma_} to"
    if praise is None or "not-arrival" not in praise.flags or hosting not in _VERBS:
        return None
    return hosting if guest_objects(ctx, verb) else None


def _from_travel(ctx: Context, verb: Token) -> list[Event]:
    """ "President X arrived in Ruritania", "X will travel to Japan": a visit to a
    country (a city or region is only the place)."""
    hosts = []
    gz = gazetteer()
    for obj in g.prep_objects(verb, _TRAVEL[verb.lemma_]):
        for key in g.actors_of(ctx, obj, include_places=True):
            if key.startswith("country/") and can_host(ctx, key):
                hosts.append(key)
        mention = ctx.actors.named_at(obj.i)
        place = mention.text if mention is not None and mention.kind == "place" else None
        capital = gz.seat_in(place, ctx.actors.actors) if place else None  # (a former state's)
        if capital is not None and capital.type == "Country":
            hosts.append(capital.key)  # "arrived in Cairo": a visit to Egypt
    # anyone named who comes "for talks" or "on a state visit" is a visitor; else only
    # one who acts for a country or body (a sprinter "arrived in Oslo" on no visit)
    purpose = any(o.lemma_.lower() in _VISIT_PURPOSES for o in g.prep_objects(verb, {"for", "on"}))
    visitor_tokens = [t for t in g.subjects(verb) if (purpose or _official(ctx, t))
                      and t.lower_ not in _NOT_VISITORS]  # fmt: skip
    visitors = [k for t in visitor_tokens for k in g.actors_of(ctx, t)]
    visitors = [k for k in visitors if k.startswith(("person/", "country/", "org/"))]
    # "flew food to X": carried; "arrived in X as a refugee": a life's move
    if not hosts or not visitors or g.direct_objects(verb) or past_life(verb):
        return []
    return contact_events(ctx, verb, verb, EventKind.VISIT, "visit", visitors, hosts,
                          "visitor", "host", True, [], cameo="042", confidence=0.6)  # fmt: skip


def _from_telling(ctx: Context, verb: Token) -> list[Event]:
    """ "Vale said she had told her Chinese counterpart that ...": one official
    telling another in private is a contact. Telling a journalist, a programme, a
    court, the nation, or writing a letter is a statement (see the statements
    extractor)."""
    if any(t.lemma_.lower() in _PUBLIC_CONTEXT for t in verb.sent):
        return []
    if verb.tag_ in {"VBZ", "VBP"}:
        return []  # "'...,' he tells the commissioner": quoting a letter or an interview
    if sent_envoys(verb):
        return []  # "told the ambassador to leave": an expulsion (kg.extract.expulsions)
    phoned = phone_context(ctx, verb)  # "had told President X by telephone"
    addressees = [t for t in verb.children if t.dep_ in {"dobj", "dative"}]
    addressees = [
        t for t in addressees if not is_audience(ctx, t) and (phoned or _official(ctx, t))
    ]
    keys = [
        k for t in addressees for k in g.actors_of(ctx, t) if k.startswith(("person/", "country/"))
    ]
    subj_tokens = [t for t in g.subjects(verb) if phoned or _official(ctx, t)]
    subj = [k for t in subj_tokens for k in g.actors_of(ctx, t)]
    if not keys or not subj:
        return []
    kind, etype, cameo = (
        (EventKind.PHONE_CALL, "phone-call", "041")
        if phoned
        else (EventKind.MEETING, "consult", "040")
    )
    return contact_events(ctx, verb, verb, kind, etype, subj, keys, "participant",
                          "participant", False, addressees, cameo=cameo,
                          confidence=0.6)  # fmt: skip


def _official(ctx: Context, token: Token) -> bool:
    """Someone who acts for a country or body: a titled person ("President X", "his
    Chinese counterpart"), a pronoun for one, or a country."""
    if token.lower_ in AGENT_NOUNS:
        return True
    mention = ctx.actors.mention_at(token.i)
    if mention is None:
        return False
    if mention.kind in {"country", "pronoun"}:
        return True
    return bool(mention.descriptors) or mention.kind == "description"


def _from_verb(ctx: Context, verb: Token, key: str) -> list[Event] | None:
    trig = _VERBS[key]
    if "bare-object" in trig.flags and not rings(ctx, verb):
        return None  # "called on X", "called X a liar", "was called X"
    if "courtesy" in trig.flags and not courtesy_call(ctx, verb):
        return None  # "called on X to resign": an appeal, no call paid on X
    if "guest-object" in trig.flags and not guest_objects(ctx, verb):
        return None  # "entertained the idea", "entertained hopes"
    if "person-object" in trig.flags and any(
        (m := ctx.actors.mention_at(o.i)) is None or m.kind != "person"
        for o in g.direct_objects(verb)
    ):
        return None  # "embraced the plan", "embraced Chile's proposal"
    if in_a_fixture(verb) or (trig.frame == "visit" and past_life(verb)):
        return None  # "hosted Ghana in a World Cup qualifier", "visited X as a child"
    kind, etype, cameo = trig.kind, trig.type, trig.cameo
    subj_role, obj_role = ROLES[trig.frame]
    lemma = verb.lemma_
    if (lemma in _BY_PHONE or lemma in ADDRESSING) and phone_context(ctx, verb):  # "briefed X by phone"
        kind, etype, cameo = EventKind.PHONE_CALL, "phone-call", "041"
    passive = g.is_passive(verb)
    subj_tokens = g.agents(verb) if passive else g.subjects(verb) or _misread_subjects(verb)
    obj_tokens = [] if passive else g.relative_objects(verb)  # "X, whom Y met"
    if not passive and not obj_tokens and _one_actor(ctx, subj_tokens):
        # "Ana Vale met and thanked X": the verb joined after it shares its named object
        # (not "met and beat X in the final": a game, as "met X in the final" is)
        obj_tokens = [t for t in g.side_by_side_objects(verb)
                      if g.actors_of(ctx, t) and not in_a_fixture(t.head)]  # fmt: skip
    if "bare-object" in trig.flags:
        obj_tokens = rung(verb)
    if passive:
        obj_tokens = g.subjects(verb)
    if not trig.direct_object:
        obj_tokens = []
    obj_tokens += g.prep_objects(verb, trig.preps)
    if " " in key:  # "presented her credentials to X": the phrase hangs on the noun
        obj_tokens += [t for o in g.direct_objects(verb) if o.lemma_ == key.split()[1]
                       for t in g.prep_objects(o, trig.preps)]  # fmt: skip
    if key.endswith(" face") and (end := face_to_face(verb)) is not None:
        obj_tokens += g.prep_objects(end, {"with"})  # "brought X face to face with Y"
        # "brought President Ana Vale face to face": the parser hangs the name on "face"
        obj_tokens += [c for c in verb.doc[end.i - 2].children if c.dep_ == "compound"]
    if "verb-partner" in trig.flags and any(_EVENT_NOUNS & {o.lower_, o.lemma_.lower()}
                                            for o in g.direct_objects(verb)):  # fmt: skip
        return None  # "celebrated its deal with X": the partner is the deal's
    if not obj_tokens and "verb-partner" not in trig.flags:
        obj_tokens += [t for t in g.deep_prep_objects(verb, {"with"}) if g.named_actor(ctx, t)]
    obj_tokens += g.noun_conjuncts(verb) if obj_tokens else []
    obj_tokens += g.stranded_objects(ctx, [verb, *obj_tokens]) if obj_tokens else []
    obj_tokens = [g.antecedent(t) for t in obj_tokens if not _reciprocal(t)]  # "X, with whom Y met"
    for obj in list(obj_tokens):
        if obj.lower_ in NOUNS:  # "held talks with": handled through the noun
            return None
    if "audience" in trig.flags and any(is_audience(ctx, t) for t in obj_tokens):
        return None  # "spoke to the BBC", "talked to reporters": a statement
    if "press" in trig.flags and any(is_press(ctx, t) for t in obj_tokens):
        return None  # "sat down with presenter X": an interview
    if "on-air" in trig.flags and (_on_air(verb) or partners_on_air(obj_tokens)):
        return None  # "speaking on Channel Seven's Breakfast with Harper": an interview
    subj = [k for t in subj_tokens for k in g.actors_of(ctx, t)]
    if trig.frame == "convene" and not subj:  # "the talks, convened by X, brought together"
        subj = [k for t in subj_tokens if t.lower_ in NOUNS for k in hosted_by(ctx, t)]
    objs = [k for t in obj_tokens for k in g.actors_of(ctx, t) or leaders(ctx, t)]
    if obj_tokens and not objs:
        return None  # "Labour and the Conservatives met voters": not each other
    if "needs-partner" in trig.flags and not objs:
        return None  # "the envoys presented their credentials": to whom is not told
    if key == "receive" and not all(
        _received(ctx, g.antecedent(o)) for o in g.direct_objects(verb)
    ):
        return None  # "received three nominations for A and B", "received X honours"
    if trig.frame == "host":  # "hosts 2,000 Western troops" is no visit
        objs = [k for t in obj_tokens if t.lower_ not in _NOT_GUESTS
                for k in g.actors_of(ctx, t) or leaders(ctx, t)]  # fmt: skip
    if trig.frame == "visit":  # "visits Leeds, Bristol and Kent": places, not hosts
        objs = [k for k in objs if can_host(ctx, k)]
    if lemma in HOSTING_VERBS and not objs:
        return None
    if lemma == "speak" and not objs and kind != EventKind.PHONE_CALL:
        return None  # "A and B spoke at the conference" is not a talk between them
    if (
        not objs
        and not any(c.dep_ in g.SUBJECT_DEPS for c in verb.children)
        and not (_aside(verb) and not obj_tokens)
    ):
        return None  # "A and B met the fans to discuss it": A and B did not meet each other
    separate = separately(ctx, verb) and trig.frame != "convene"
    if "needs-partner" in trig.flags:  # "the envoys of A and B presented credentials to X":
        return [e for one in dict.fromkeys(subj)  # each on their own
                for e in contact_events(ctx, verb, verb, kind, etype, [one], objs, subj_role,
                                        obj_role, True, obj_tokens + subj_tokens, cameo=cameo)]  # fmt: skip
    # "the summit brought together A and B": an event that convenes, its guests meet
    # (not "bringing A and B closer together", with no event at all)
    gathered = trig.frame == "convene" and any(c.dep_ == "nsubj" for c in verb.children)
    subj, objs, subj_role, gathered = invited(ctx, verb, subj, objs, subj_role, gathered)
    return contact_events(ctx, verb, verb, kind, etype, subj, objs, subj_role, obj_role,
                          separate, obj_tokens + subj_tokens, cameo=cameo, mutual=gathered)  # fmt: skip


def _one_actor(ctx: Context, tokens: list[Token]) -> bool:
    """One actor only: "A and B met and criticised C" met each other, not C."""
    return len({k for t in tokens for k in g.actors_of(ctx, t)}) == 1


def _received(ctx: Context, obj: Token) -> bool:
    """Someone a host receives: a guest ("the envoy", "Ana Vale"), or an official or
    group the story describes ("the IMF chief"); not a thing ("honours", arms)."""
    mention = ctx.actors.mention_at(obj.i)
    lemma = obj.lemma_.lower()
    return is_guest(ctx, obj) or (lemma in AGENT_NOUNS and lemma not in ARMED_MACHINES) or (
        mention is not None and mention.kind in {"description", "plural", "group"})  # fmt: skip


def _on_air(verb: Token) -> bool:
    """ "speaking on Channel Seven's Breakfast programme", "talking on Radio Norvex":
    said on air (a named programme or a medium), not at a meeting."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.ent_type_ not in {"DATE", "TIME"}
                and (obj.pos_ == "PROPN" or any(t.lower_ in MEDIA_WORDS for t in obj.subtree))
            ):
                return True
    return False


def _aside(verb: Token) -> bool:
    """ "A and B, meeting in Madrid, agreed": a participle set off by commas tells
    what its subjects did together."""
    doc, first = verb.doc, phrase_start(verb)  # ("Having met in Rome, A and B agreed")
    if (verb.tag_ != "VBG" and first is verb) or (first.i > 0 and doc[first.i - 1].lower_ != ","):
        return False
    if first.i == verb.sent.start:  # "Meeting in Geneva, A and B agreed" (no one met)
        # (a clause the parser closes may run long: "Meeting for the first time since
        # their dispute flared, A and B agreed")
        return (
            verb.dep_ in {"advcl", *g.SUBJECT_DEPS}
            and doc[verb.i + 1].pos_ in {"ADP", "PUNCT"}
            and (closing_comma(verb) is not None or clause_comma(verb) is not None)
        )
    return (
        verb.dep_ in {"advcl", "appos"}
        and verb.right_edge.i + 1 < len(doc)
        and doc[verb.right_edge.i + 1].lower_ == ","
    )


def _misread_subjects(verb: Token) -> list[Token]:
    """ "Meeting in Oslo, A and B agreed": the parser made the participle the
    subject and hung A and B inside its phrase; the names after its comma."""
    if verb.dep_ not in g.SUBJECT_DEPS or not _aside(verb):
        return []
    comma = closing_comma(verb)
    after = [t for t in verb.subtree if comma is not None and t.i > comma.i
             and t.dep_ in {"conj", "appos"} and t.pos_ == "PROPN"]  # fmt: skip
    return after[:1]


def _reciprocal(token: Token) -> bool:
    """ "each other", "one another": the subjects meet among themselves."""
    pairs = {"other": "each", "another": "one", "one": "another"}
    return any(c.lower_ == pairs.get(token.lower_) for c in token.children)
