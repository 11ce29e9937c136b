"""Contacts named by nouns: "talks between A and B", "the A-B summit", "her meeting with
X", "after his call with X", "A held talks with B", "a summit of A, B and C" (visits:
:mod:`kg.extract.visit_nouns`); who holds, joins or attends them: "X hosted (mediated)
talks between A and B" (all three met), "X, in Rome for talks with Y", "X joined Y for
talks", "the meeting, attended by A and B", "X thanked Y during the meeting"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.attendance import attendees
from kg.extract.base import Context, Word
from kg.extract.call_nouns import is_phone_call
from kg.extract.closed_meetings import held_by_none, own_conference
from kg.extract.contact import ARRANGED, contact_events, not_held, separately
from kg.extract.doing import as_noun
from kg.extract.halted_talks import halting_verb
from kg.extract.held_clauses import held_in_clause
from kg.extract.loose_partners import held_before, held_participle, loose_partners
from kg.extract.meeting_sides import own_subjects, two_sides
from kg.extract.meeting_words import NOUNS
from kg.extract.mood_frames import halted, put_off
from kg.extract.noun_parties import (
    HOSTING,
    honoured,
    hosted_by,
    mediators,
    meeting_aside,
    partners_after,
    speakers,
    there_for,
)
from kg.extract.on_air import held_on_air, programme_title
from kg.extract.phoned import ADDRESSING
from kg.extract.press_people import press_person
from kg.extract.together import holders
from kg.extract.unnamed_sides import unnamed_side
from kg.extract.unrealised import makes_way
from kg.extract.visit_nouns import VISIT_NOUNS, on_a_trip, trip_owners, visit_events, visitors_after
from kg.extract.went_ahead import as_told, still_off
from kg.language.contact_phrases import is_medium
from kg.language.contact_words import CALL_TAKING, CALLED_OFF, SHUNNING
from kg.language.event_words import APPEAL_VERBS, INTENT_NOUNS
from kg.language.hyphenated import dashed, part_country
from kg.language.talks import span_of
from kg.records import Event, EventKind, Modality

_SUPPORT_VERBS = {"hold", "have", "begin", "start", "resume", "open", "kick", "continue", "conduct",
                  "launch", "conclude", "wrap", "engage", "enter", "join", "make", "pay", "end",
                  "complete", "finish", "host", "chair", "mediate", "broker", "receive",
                  "take", "grant", "give", "obtain", "get", "win", "convene", "sponsor",
                  "facilitate", "preside"}  # fmt: skip
# Who arranges talks takes part ("were proposed by X"); who judges them does not ("welcomed by X")
_ARRANGING = {"attend", "discuss", "lead", "propose", "request", "seek", "arrange", "organise"}
_HELD = {"dobj", "nsubjpass"}  # what a verb of hosting holds, active or passive
_JOINING = {"join"}  # "X joined Y for talks": Y is the partner
_DRAWING_IN = {"engage", "involve"}  # "X engaged Y in talks": Y is the partner


def noun_events(ctx: Context, words: Iterator[Word]) -> Iterator[Event]:
    for token, _, lower, pos in words:
        if lower not in NOUNS and lower not in VISIT_NOUNS:
            continue  # (the cheap test first: whether it is in a name asks for its sentence)
        if _in_a_name(ctx, token) or programme_title(token):
            continue  # "BBC One's Breakfast with Frost": a programme, no breakfast
        if lower in NOUNS and "joint-only" not in NOUNS[lower].flags and held_on_air(token):
            continue  # "a discussion on Radio Norvex" (not "a joint news conference")
        if lower in NOUNS and as_noun(token) and not _is_phone_modifier(token):
            yield from _from_noun(ctx, token)
        elif pos == "NOUN" and lower in VISIT_NOUNS:
            yield from visit_events(ctx, token)


def _in_a_name(ctx: Context, token: Token) -> bool:
    """A word inside a proper name the model found (not the name of an event)."""
    return (
        token.pos_ == "PROPN"
        and token.i != ctx.sentence(token).start
        and token.ent_type_ not in {"", "EVENT"}
    )


def _is_phone_modifier(token: Token) -> bool:
    return token.lower_ == "call" and token.dep_ == "compound"


def _from_noun(ctx: Context, noun: Token) -> Iterator[Event]:
    trig = NOUNS[noun.lower_]
    if (
        "joint-only" in trig.flags
        and not (is_medium(noun) or own_conference(noun))
        and not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children)
    ):  # ("a video conference": a meeting at a distance)
        return  # "told a news conference": an audience; "a joint news conference": together
    stop = halted(noun)  # "X walked out of its talks with Y": held, then left
    # "held the delayed talks"; "X suspended / froze its talks with Y": a halt, no talks told
    off = still_off(noun, put_off(noun) or halting_verb(noun)) if stop is None else None
    if off is not None:  # "A and B postponed their meeting", "cancelled his talks with X"
        yield from (not_held(e, off) for e in _from_noun_held(ctx, noun, trig, off))
        return
    yield from _from_noun_held(ctx, noun, trig, stop)


def _from_noun_held(ctx: Context, noun: Token, trig: triggers.Trigger,
                    off: Token | None) -> Iterator[Event]:  # fmt: skip
    kind, etype, cameo = trig.kind, trig.type, trig.cameo
    if any(t.lower_ in {"phone", "telephone"} for t in noun.children) or noun.lower_ == "call":
        kind, etype, cameo = EventKind.PHONE_CALL, "phone-call", "041"
        if noun.lower_ == "call" and not is_phone_call(noun):
            return  # "a call for calm": an appeal
    aside = meeting_aside(noun)
    if aside:  # "A and B, meeting in Madrid, agreed"
        parties = [k for t in aside for k in g.actors_of(ctx, t)]
        yield from contact_events(ctx, noun, noun, kind, etype, parties, [], "participant",
                                  "participant", False, aside, cameo=cameo)  # fmt: skip
        return
    governor = off if off is not None and off.pos_ in {"VERB", "AUX"} else held_in_clause(noun)
    governor = _governor(noun) if governor is None else governor  # "the talks, which A held"
    if (
        governor is None
        and noun.dep_ == "dobj"
        and (
            noun.head.lemma_ in {"include", "feature", "involve"}
            or (noun.lower_ == "call" and noun.head.lemma_ in CALL_TAKING)
        )
    ):
        governor = noun.head  # "X's trip included talks with Y", "X placed a call to Y"
    if governor is None and "joint-only" in trig.flags and noun.head.pos_ in {"VERB", "AUX"}:
        governor = noun.head  # "A and B told a joint news conference": both were there
    if governor is None and noun.dep_ == "dobj" and _sought(noun) and g.prep_objects(noun, {"with"}):  # fmt: skip
        governor = noun.head  # "Chile supported talks with Peru": Chile's talks, if held
    subj: list[str] = []
    subj_tokens: list[Token] = []
    if governor is not None:
        subj_tokens = holders(ctx, noun, governor)  # (not "Vienna hosted talks")
        if noun.dep_ == "nsubjpass" and g.is_passive(governor):  # "talks were held by A and B",
            held = governor.lemma_ in _SUPPORT_VERBS | _ARRANGING  # not "... praised by C"
            subj_tokens = g.agents(governor) if held else []
        if held_by_none(noun, governor, off):  # "the talks ended", not "X broke off talks with Y"
            subj_tokens = []
        subj_tokens = [o for t in subj_tokens for o in trip_owners(ctx, t, NOUNS)] or subj_tokens
        subj = [k for t in subj_tokens if t.i != noun.i for k in g.actors_of(ctx, t)]
    else:  # "X, in Rome for talks with Y, said"
        subj_tokens = there_for(ctx, noun)
        subj = [k for t in subj_tokens for k in g.actors_of(ctx, t)]
    by = visitors_after(ctx, noun, {"by"})  # "a meeting by A with B", "talks by A with B"
    if by and not subj:
        subj_tokens, subj = by, [k for t in by for k in g.actors_of(ctx, t)]
    if not subj and g.prep_objects(noun, {"with"}):  # "During X's trip, talks with Y were held"
        subj_tokens = on_a_trip(ctx, noun, governor, NOUNS) or held_before(ctx, noun)
        subj = [k for t in subj_tokens for k in g.actors_of(ctx, t)]
    partner_tokens = partners_after(noun, trig.preps) + loose_partners(noun, trig.preps)
    # "talks involving A, B and C": all of them meet
    partner_tokens += [o for c in noun.children if c.dep_ == "acl" and c.lemma_ == "involve"
                       and c.tag_ == "VBG" for o in g.direct_objects(c)]  # fmt: skip
    # "talks on trade between A and B", "talks held in Doha between A and B": the
    # parser hangs "between" on the topic or on the participle
    partner_tokens += [o for t in g.prep_objects(noun, {"on", "over", "about"})
                       for o in g.prep_objects(t, {"between"})]  # fmt: skip
    partner_tokens += [
        o for c in g.participles(noun) for o in g.prep_objects(c, {"between", "among"})
    ]  # ... and on the agent: "talks hosted by X between A and B"
    partner_tokens += [o for c in g.participles(noun) for a in g.agents(c)
                       for o in g.prep_objects(a, {"between", "among"})]  # fmt: skip
    on_verb = g.sides_on_verb(noun)  # "a meeting took place between A and B"
    partner_tokens += on_verb
    if governor is not None and not _before_or_after(noun):
        partner_tokens += g.prep_objects(governor, trig.preps)
    if "for" in trig.preps:  # a meal for a guest: "a banquet in honour of X"
        partner_tokens += honoured([noun] if governor is None else [noun, governor])
    if governor is not None:
        if governor.lemma_ in _JOINING and noun.dep_ == "pobj" and noun.head.lower_ == "for":
            partner_tokens += g.direct_objects(governor)
        elif governor.lemma_ in _JOINING and noun.head.lower_ == "at" and g.is_passive(governor):
            partner_tokens += g.agents(governor)  # "X was joined by Y at the talks"
        if governor.lemma_ in {"grant", "give"} and not g.is_passive(governor):
            partner_tokens += [o for o in g.direct_objects(governor) if o.i != noun.i]
        elif governor.lemma_ in {"grant", "give"} and noun.lower_ == "audience":  # "by the King"
            partner_tokens += g.agents(governor)
        if governor.lemma_ in _DRAWING_IN and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            partner_tokens += g.direct_objects(governor)  # "engaged Y in talks"
    partner_tokens += [o for t in by for o in g.prep_objects(t, trig.preps)]  # ("with" on A)
    partner_tokens = [g.antecedent(t) for t in partner_tokens]  # "with whom he held talks"
    if not partner_tokens and governor is not None:
        partner_tokens = _addressed_there(ctx, noun, governor)
    partner_tokens = [t for t in partner_tokens if not press_person(ctx, t)]  # an interview
    present = attendees(ctx, noun) or speakers(ctx, noun)  # "attended by", "remarks by"
    partner_tokens += present
    objs = [k for t in partner_tokens for k in g.actors_of(ctx, t)]
    members = [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
    if len(members) >= 2:  # "a summit of Brazil, Argentina and Uruguay"
        objs += members
        partner_tokens += g.prep_objects(noun, {"of"})
    # parties named together ("between A and B", "the A-B summit") meet each other;
    # partners after "with" need someone on the other side
    mutual = (
        bool(present)
        or bool(on_verb)
        or any(t.head.lower_ in {"between", "among", "of", "involving"} for t in partner_tokens)
    )
    named_partners = len(objs)
    sides = two_sides(ctx, partner_tokens)
    if sides is not None:  # "talks between A and the consumers - B, C and D": A with each
        subj, objs, mutual = sides[0], sides[1], False
    elif mutual and named_partners >= 2 and noun.dep_ == "pobj":
        held_by = governor is not None and governor.lemma_ in _SUPPORT_VERBS | {"attend"}
        if not held_by:
            subj = []  # "signed a deal during a meeting between A and B": A and B met
    compound: list[str] = []
    # "his meeting with Mercier", "Russia's talks with Iran"
    for child in noun.children:
        if child.dep_ == "poss":
            subj.extend(g.actors_of(ctx, child) or own_subjects(ctx, child, noun))
        # "the Hale-Volkov summit", "U.S.-China talks", "the A-B foreign secretary talks"
        if child.dep_ in {"compound", "nmod", "amod"}:
            # "US-North Korean talks": the name before the hyphen hangs on the adjective
            joined = [c for c in child.lefts if c.i + 2 <= child.i and not c.whitespace_
                      and ctx.doc[c.i + 1].text == "-"]  # fmt: skip
            for c in g.conjuncts(child):
                key = g.actor_of(ctx, c)
                mention = ctx.actors.mention_at(c.i)
                if (
                    key
                    and mention is not None
                    and (mention.kind in {"person", "country", "org", "group"}
                         or part_country(ctx.doc, c.i) is not None  # "Israeli-Palestinian"
                         or (mention.kind == "demonym"  # "UN-Houthi talks"
                             and (joined or (c.i > 1 and dashed(ctx.doc[c.i - 2], c)))))
                ):  # fmt: skip
                    compound.append(key)
            for c in [x for y in child.lefts for x in (y, *y.lefts) if x is y or dashed(x, y)]:
                key = g.actor_of(ctx, c)
                # ("North-South Korean talks": "North-" hangs on "South" as it likes)
                if key and (
                    c.dep_ in {"compound", "nmod", "amod"} or c in joined or c.head.i != child.i
                ):
                    compound.append(key)
    compound = list(dict.fromkeys(compound))
    held = governor is not None and governor.lemma_ in _SUPPORT_VERBS | {"attend"}
    if len(compound) >= 2 or held or named_partners:
        objs += compound  # "the U.S.-China talks"; not "present at the board meeting"
        mutual = mutual or len(compound) >= 2
    elif compound and governor is not None and noun.dep_ == "pobj":
        subj = []  # "following the G7 meeting, France said": France did not meet the G7
    if governor is not None and governor.lemma_ in HOSTING and not objs and noun.dep_ in _HELD:
        return  # "A and B hosted a dinner", "talks brokered by A and B": co-hosts, no meeting of two
    anchor = held_participle(noun) or (governor if governor is not None else noun)
    role = "participant"
    if governor is not None and governor.lemma_ in HOSTING and mutual and subj:
        role = "host"  # "X hosted talks between A and B": one meeting of all three
    elif mutual and not subj and len(objs) >= 2:  # "talks mediated by X", "Mediated by X, talks"
        subj = [k for t in mediators(noun, governor, partner_tokens, HOSTING)
                for k in g.actors_of(ctx, t)]  # fmt: skip
        role = "host" if subj else role
    elif subj and not objs and noun.dep_ == "pobj" and (hosts := hosted_by(ctx, noun)):
        subj, objs, role, mutual = hosts, subj, "host", True  # "At a dinner hosted by X, A met"
    prospective, denied = g.noun_mood(noun)  # "a possible meeting", "there was no meeting"
    # "the planned talks began on Monday": held after all (not "opened the door to talks")
    past = held and governor is not None and governor.tag_ == "VBD" and not makes_way(governor)
    prospective = prospective and not past
    if (
        prospective
        or _sought(noun)
        or (noun.dep_ == "nsubjpass" and governor is not None and governor.lemma_ in ARRANGED)
    ):  # "talks between A and B are planned for May"
        # "Washington supported direct talks between the two": not talks that happened
        for event in contact_events(ctx, anchor, noun, kind, etype, subj, objs, "participant", "participant",
                             separately(ctx, noun), partner_tokens + subj_tokens, mutual=mutual, cameo=cameo):  # fmt: skip
            yield replace(event, modality=Modality.PLANNED, negated=event.negated or denied)
        return
    if not objs and not mutual and unnamed_side(partner_tokens):
        return  # "A, B and C spent the year in talks with unions": each with its own
    for event in contact_events(ctx, anchor, noun, kind, etype, subj, objs, role, "participant",
                                separately(ctx, noun), partner_tokens + subj_tokens, mutual=mutual,
                                cameo=cameo):  # fmt: skip
        yield as_told(event, noun, denied)  # "the rumoured talks", "collapsed before they began"


def _addressed_there(ctx: Context, noun: Token, verb: Token) -> list[Token]:
    """ "X thanked Y during the meeting", "X assured Y in a phone call": the person
    the verb addresses at a meeting (or call) whose parties are not named otherwise
    (not "a meeting of the board", "the NATO summit")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during", "at"}:
        return []
    if verb.lemma_ in CALLED_OFF | SHUNNING or verb.lemma_ not in _ADDRESSED:
        return []  # "snubbed X at the summit": kept apart; "criticised X at the summit": spoken of
    if any((c.dep_ in {"compound", "nmod"} and ctx.actors.at(c.i) is not None)
           or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):  # fmt: skip
        return []  # "at the NATO summit", "a meeting of the board"
    people = []
    for obj in g.direct_objects(verb):
        mention = ctx.actors.mention_at(obj.i)
        if mention is not None and mention.kind == "person":
            people.append(obj)
    return people


_ADDRESSED = ADDRESSING | {"tell", "remind"}  # the object is the one spoken to, so there
# "is waiting for / awaits / prepares for a meeting with X": not held yet
_AWAITING = {"wait", "await", "prepare"}


def _before_or_after(noun: Token) -> bool:
    """ "After his call with X, Y flew to Kyiv": what the verb's phrases name is
    the verb's own, another event than the call."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"after", "before", "since", "following"}


def _sought(noun: Token) -> bool:
    """ "supported direct talks", "called for talks with X", "pressed for a summit",
    "agreed to talks": talks asked for or consented to, not held."""
    if noun.dep_ == "conj":
        return _sought(noun.head)
    if noun.dep_ == "dobj":
        return noun.head.lemma_ in g.INTENTION_VERBS | _AWAITING
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        to = noun.head  # "agreed to talks": to hold them; "X's offer to host talks" (misread)
        return to.head.lemma_ in _CONSENTING or to.doc[to.i - 1].lemma_ in INTENT_NOUNS
    return (noun.dep_ == "pobj" and noun.head.lower_ == "for"
            and noun.head.head.lemma_ in g.INTENTION_VERBS | APPEAL_VERBS | _AWAITING)  # fmt: skip


# Consenting to talks is not holding them ("agreed to talks"; "returned to talks" did).
_CONSENTING = {"agree", "consent", "commit"}


def _governor(noun: Token) -> Token | None:
    """The verb that holds/engages in the talks, or whose clause the noun modifies."""
    head = noun.head
    # "offered to host talks": a verb the tagger took for a noun still has its "to"
    verbal = head.pos_ in {"VERB", "AUX"} or g.has_to(head)
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and verbal:
        if noun.dep_ == "dobj" and head.lemma_ not in _SUPPORT_VERBS:
            return None if head.lemma_ not in {"discuss", "attend"} else head
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in {"VERB", "AUX", "ADJ"}:
            return verb
        # "ended two days of talks", "held a second round of negotiations"
        if (span := span_of(noun)) is not None:
            return _governor(span)
    if noun.dep_ == "conj":
        return _governor(noun.head)
    return None
