"""What every contact extractor shares: roles, the event builder, who is an audience.

A contact (CAMEO 04) is a meeting, phone call, visit or negotiation between two
or more parties. Speaking to the press, a broadcaster, parliament or the nation
is a statement, not a contact: :func:`is_audience` tells such partners apart.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.claims import claimant
from kg.extract.delegation_leaders import with_leaders
from kg.extract.given_events import effects_negated, given_by_phrase, taken_place
from kg.extract.mood_frames import postponed
from kg.extract.press_people import media_name, press_person
from kg.extract.together import sponsors, together
from kg.extract.when import says_when
from kg.language.audiences import AUDIENCE_NOUNS
from kg.language.lexicon import HONORIFICS, TITLE_WORDS
from kg.language.protocol_words import is_monarch
from kg.records import Event, EventKind, Modality, Participant

NAME = "meetings"
# Keys of actors that can meet (not agreements, nor places).
PARTIES = ("person/", "country/", "org/", "group/")
ROLES = {"mutual": ("participant", "participant"), "visit": ("visitor", "host"),
         "host": ("host", "visitor"), "convene": ("host", "participant")}  # fmt: skip
CONTACT = (EventKind.MEETING, EventKind.PHONE_CALL, EventKind.VISIT, EventKind.NEGOTIATION)
# "talks (a visit) are planned / expected / set for May": arranged, not yet held
ARRANGED = {"plan", "schedule", "expect", "propose", "arrange", "set", "slate", "pencil", "due"}


def can_host(ctx: Context, key: str) -> bool:
    """Who can be visited: a person, a body, or a country kg knows (an ISO-coded
    key, or one the user listed with its codes). An unknown place name
    ("country/leeds") is where, not whom."""
    if key.startswith("person/"):
        return not _site(ctx, key)
    if key.startswith(("org/", "group/")):
        return True  # "visited Nokia": a body, though named once
    if not key.startswith("country/"):
        return False
    actor = ctx.actors.actors.get(key)
    return key.removeprefix("country/").isupper() or bool(actor is not None and actor.codes)


# Words before a name that say a person bears it: "Mr", "Dr", "President", "envoy"
_ADDRESSED = HONORIFICS | TITLE_WORDS | {w.capitalize() for w in TITLE_WORDS}
_ACTING = {"nsubj", "poss", "agent"}  # how a name acts or owns: "X said", "X's chief"


def _site(ctx: Context, key: str) -> bool:
    """ "visited Auschwitz", "visited Majdanek": a one-word person's name kg does not
    know, which no one bears with a first name, a title or an honorific ("Mr Orlov",
    "the Pope") and which never acts or owns in the article ("Vexa said", "Vexa's
    chief") is a site the model took for a person (a camp, a shrine, a village), not
    a host. A body named once stays one ("visited Nokia")."""
    actor = ctx.actors.actors.get(key)
    if actor is None or actor.wikidata or actor.codes or ctx.actors.titles.get(key):
        return False
    name = actor.name.strip()
    if " " in name or name.isupper() or name.lower() in TITLE_WORDS:
        return False
    doc = ctx.doc
    for t in doc:  # every time the word is written, tagged a name or not
        if t.text != name:
            continue
        before = doc[t.i - 1] if t.i else None
        named = before is not None and (
            before.text.rstrip(".") in _ADDRESSED or before.pos_ == "PROPN"
        )
        owns = t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"
        if named or t.dep_ in _ACTING or owns:
            return False
    return True


def is_audience(ctx: Context, token: Token) -> bool:
    """The press, a broadcaster or programme, parliament, the nation, a crowd:
    someone spoken to in public, never a party to a meeting."""
    for t in g.conjuncts(token):
        if t.lemma_.lower() in AUDIENCE_NOUNS or media_name(ctx, t, AUDIENCE_NOUNS):
            return True  # "the BBC", "the Treasury Select Committee", "the Apec summit"
    return is_press(ctx, token)


def is_press(ctx: Context, token: Token) -> bool:
    """The press alone: a broadcaster, a paper, a programme or a journalist."""
    for t in g.conjuncts(token):
        if media_name(ctx, t):
            return True
        owners = [c for c in t.children if c.dep_ == "poss"]
        if owners and media_name(ctx, owners[0]):
            return True  # "the BBC's Westminster Hour" (not "the two countries' ministers")
        if press_person(ctx, t):
            return True  # "presenter Dale Kerr", "Dale Kerr of Radio Norvex"
    return False


_AUDIENCES = {"receive", "welcome", "greet"}  # a host's verbs for one guest at a time
_SEPARATELY = {"separate", "separately"}


def separately(ctx: Context, token: Token) -> bool:
    if not ctx.has_any(_SEPARATELY):
        return False  # (no need to read the phrase)
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.children}
    return "separate" in words or "separately" in words


_APART = {"separately", "individually"}


def apart(verb: Token, trigger: Token) -> bool:
    """Whether several subjects meet their partner each on their own: "met separately
    with X", "each met X", "held separate talks with X"."""
    if any(c.lower_ in _APART for w in (verb, trigger) for c in w.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ == "separate" for c in trigger.children):
        return True
    sides = [verb, *(t for s in g.subjects(verb) for t in (s, *s.conjuncts))]
    return any(c.lower_ == "each" and c.dep_ in {"appos", "advmod", "det"} for t in sides
               for c in t.children)  # fmt: skip


def joint(verb: Token, trigger: Token, mutual: bool) -> bool:
    """ "X joined the talks between A and B", "X attended a meeting of A, B and C", "a
    trilateral meeting with A and B": the partners, named together, meet each other too."""
    return mutual or together(verb, trigger)


def contact_events(ctx: Context, verb: Token, trigger: Token, kind: EventKind, etype: str,
            subj: list[str], objs: list[str], subj_role: str, obj_role: str,
            separate: bool, arg_tokens: list[Token], *, mutual: bool = False,
            cameo: str = "040", confidence: float | None = None) -> list[Event]:  # fmt: skip
    subj, objs = with_leaders(ctx, subj, objs, arg_tokens)  # "a delegation led by X"
    subj = list(dict.fromkeys(subj))
    objs = [k for k in dict.fromkeys(objs) if k not in subj]
    if subj_role == obj_role == "participant" and (hosts := sponsors(ctx, verb, trigger)):
        # "A and B held talks under the auspices of X": X hosted them (hosts of no
        # one named, "the talks, mediated by X and Y, ...", are no meeting of theirs)
        objs = [k for k in dict.fromkeys(subj + objs) if k not in hosts]
        subj, subj_role, mutual = (hosts, "host", True) if objs else ([], subj_role, mutual)
    groups: list[list[Participant]] = []
    # "A met B and C", "A phoned B and C", "A will visit B and C": one event per
    # partner; several subjects ("A and B held talks with C") share one event.
    separate = separate or (
        len(subj) == 1
        and len(objs) > 1
        and subj_role != "host"
        and not joint(verb, trigger, mutual)
    )
    if subj_role == "visitor":
        # "A and B arrived in Doha", "A and B visited Y": each visits the host, and
        # visitors of one place are not told to meet each other
        groups = [[Participant(s, subj_role), Participant(o, obj_role)] for s in subj for o in objs]
    elif obj_role == "visitor" and verb.lemma_ in _AUDIENCES and not together(verb, trigger):
        # "X received (welcomed) the envoys of A and B": each guest is X's; the guests
        # are not told to meet ("X hosted A and B" may be talks X hosts between them)
        groups = [
            [*(Participant(s, subj_role) for s in subj), Participant(o, obj_role)] for o in objs
        ]
    elif (
        objs
        and len(subj) >= 2
        and (apart(verb, trigger) or (subj_role == "host" and obj_role == "participant"))
    ):
        # "A and B met separately with C", "A and B each met C": no meeting of A and B;
        # "talks mediated by A and B between C and D": each go-between hosts the sides,
        # and the co-mediators are not told to meet each other
        groups = [[Participant(s, subj_role), *(Participant(o, obj_role) for o in objs)]
                  for s in subj]  # fmt: skip
    elif objs and subj:
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
    elif len(subj) >= 2 and not apart(verb, trigger):
        groups = [[Participant(s, "participant") for s in subj]]  # not "held separate talks"
    elif len(objs) >= 2 and not subj and mutual:
        groups = [[Participant(o, "participant") for o in objs]]
    # a group of one actor is no contact: what follows is read only for the rest
    groups = [parts for parts in groups if len({p.actor for p in parts}) >= 2]
    if not groups:
        return []
    events = []
    mood = g.modality(ctx, verb)
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.head.tag_ in {"VBZ", "VBP"}:
        mood = Modality.PLANNED  # "the unions meeting Mr Vale want ...": not yet held
    neg = g.negated(verb, None if trigger is verb else trigger)
    neg = neg and (trigger is verb or not given_by_phrase(trigger, verb))  # "after talks"
    if trigger is not verb and trigger.dep_ in {"nsubj", "nsubjpass"}:
        # "the talks did not produce a deal", "the summit may have eased tensions"
        neg = neg and not effects_negated(trigger, verb)
        if mood in {Modality.PLANNED, Modality.HYPOTHETICAL} and taken_place(ctx, trigger, verb):
            mood = Modality.ASSERTED
    claimed = claimant(ctx, verb)
    if claimed in subj or claimed in objs:
        claimed = None  # a participant telling of its own meeting asserts it
    date = g.date_of(verb) or g.date_of(trigger)
    place = g.place_of(ctx, verb) or g.place_of(ctx, trigger)
    if confidence is None:
        confidence = 0.85 if trigger.pos_ in {"VERB", "AUX"} else 0.75
    for parts in groups:
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


def not_held(event: Event, off: Token) -> Event:
    """A meeting put off stays planned; one called off is kept, negated."""
    if postponed(off):
        return replace(event, modality=Modality.PLANNED)
    return replace(event, negated=True)


# What makes "called on X" an appeal to X: what X is asked to do or give ("called on
# X to resign", "called on X for calm", "called on X that ..."), told on the verb or on X.
_ASKING = {"xcomp", "ccomp", "advcl", "acl", "relcl"}


def courtesy_call(ctx: Context, verb: Token) -> bool:
    """ "The minister called on Prime Minister X at his residence": a call paid on a
    person (a visit, as South Asian papers write it), not an appeal: nothing is asked
    of X, and X is a person, not a government ("called on Peru" stays an appeal)."""
    if verb.lemma_ != "call":
        return False
    on = [
        c
        for c in verb.children
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"} and not says_when(c)
    ]  # fmt: skip  ("called on X on Tuesday")
    called = [o for p in on for o in p.children if o.dep_ == "pobj"]
    if len(on) != 1 or not called:
        return False
    if any(c.dep_ in _ASKING or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    for person in called:
        mention = ctx.actors.mention_at(person.i)
        if (
            (mention is None or mention.kind != "person")
            and not is_monarch(person)
            and not (person.lower_ in TITLE_WORDS and _at_home(verb))
        ):
            return False  # ("called on the ambassador at his residence": a visit too)
        if any(c.dep_ in _ASKING for c in person.children):
            return False
    return not any(t.lower_ == "to" and t.head.pos_ == "VERB" and t.dep_ == "aux"
                   for t in ctx.sentence_tokens(verb) if t.i > verb.i)  # fmt: skip


def _at_home(verb: Token) -> bool:
    """ "at his villa", "at her office": a call paid where someone lives or works."""
    return any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"}
               for o in g.prep_objects(verb, {"at"}) for c in o.children)  # fmt: skip
