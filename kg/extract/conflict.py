"""Conflict (CAMEO 10-20): criticise, accuse, sanction, threaten, demand, attack.

Constructions: ``A criticised/condemned/accused/blamed B``; ``A imposed/placed sanctions
on B``, ``anti-B sanctions``, ``a law to widen sanctions on B``; threats and appeals
against B (kg.extract.threats); ``A urged/pressed/called on B``, ``A put pressure on B``;
``A opposes B('s ...)``, ``A would not tolerate B's ...``; ``A's invasion of B``, ``A's B
offensive``; ``A expressed concern over B's ...``; passives (``B was accused by A``); ``A
sent troops to help C against B``; and in what a speaker says: ``"B needs to ..."`` (a
demand on B), ``B's approach had not succeeded`` or ``B's policy is the main obstacle``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.act_nouns import act_doers
from kg.extract.appealed_to import APPEALING, appealed_to
from kg.extract.appeals import asks_conciliation
from kg.extract.attributed import ATTRIBUTING, attributed
from kg.extract.base import Context, unique
from kg.extract.charged_speakers import charged_with
from kg.extract.concerns import ACT_CAUSED, ANGERING, affected, caused_by_act
from kg.extract.conditions import condition_marked
from kg.extract.culprits import conflict_nouns, names_culprit, own_claim
from kg.extract.designations import DECLARING, designated
from kg.extract.directed import targets_of, verb_events
from kg.extract.directed_events import make_events
from kg.extract.disapproval_targets import DOUBTING_WORDS, disapproval_objects
from kg.extract.expulsions import ORDERING_VERBS, expulsion
from kg.extract.joint_failures import failed_talks
from kg.extract.labels import (
    LABELLING_VERBS,
    branded,
    called_an_act_of,
    countered,
    disowned,
    held_by_no_one,
    judged,
    spoken_of,
)
from kg.extract.mood_frames import denies_a_charge
from kg.extract.nominal import noun_events
from kg.extract.reductions import reduced_ties, reduction_events
from kg.extract.reported_charges import lying_still
from kg.extract.responses import angry_response
from kg.extract.responsibility import claimed_attack
from kg.extract.senses import sense
from kg.extract.sent_help import armed_help
from kg.extract.threats import VERBS, appeal_against, conditional_threat, threat, vowed_act
from kg.extract.warrants import WANTING, wanted
from kg.extract.withheld_approvals import withheld_approval, withholding
from kg.language.auxiliaries import DUTY_AUX
from kg.language.demand_words import DEMANDED_ACTIONS
from kg.language.event_words import (
    APPEAL_VERBS,
    DISAPPROVAL_WORDS,
    NEGATIVE_WORDS,
    RESPONDING_VERBS,
    VOWING_VERBS,
)
from kg.language.reduction_words import TIE_CUTTING
from kg.records import Event, EventKind, Modality

NAME = "conflict"
EXTRACTOR = f"{NAME}/v1"

_TOLERATE = {"tolerate", "accept", "allow", "recognise", "recognize"}
_POSITIVE_VERBS = {"succeed", "work", "help"}


def extract(ctx: Context) -> Iterator[Event]:
    return unique(_candidates(ctx), _agents_and_targets)


def _agents_and_targets(event: Event) -> Hashable:
    return (
        event.evidence.sentence,
        frozenset(event.actors("agent")),
        frozenset(event.actors("target")),
    )


def _candidates(ctx: Context) -> Iterator[Event]:
    yield from verb_events(ctx, VERBS, EventKind.CONFLICT, EXTRACTOR)
    yield from noun_events(ctx, EventKind.CONFLICT, EXTRACTOR)
    yield from reduction_events(ctx, EXTRACTOR)
    yield from armed_help(ctx, EXTRACTOR)  # "sent troops to help X against Y"
    for token, lemma, lower, pos in ctx.scan():
        if lemma in _TOLERATE and pos == "VERB" and g.negated(token):
            yield from _not_tolerated(ctx, token)
        elif lemma == "call" and pos == "VERB":
            yield from _call_on(ctx, token)
        elif lemma in ORDERING_VERBS or lemma == "declare":  # "ordered the envoy to leave"
            yield from expulsion(ctx, token, EXTRACTOR)
        elif lemma in WANTING and pos == "VERB":  # "X, who is wanted by the ICC"
            yield from wanted(ctx, token, EXTRACTOR)
        elif lemma in ATTRIBUTING and pos == "VERB":
            yield from attributed(ctx, token, EXTRACTOR)  # "X attributed the attack to Y"
        elif lemma == "claim" and pos == "VERB":
            yield from claimed_attack(ctx, token, EXTRACTOR)  # "X claimed responsibility"
        if pos == "VERB" and (lemma in APPEALING or lemma == "call"):
            yield from appealed_to(ctx, token, EXTRACTOR)  # "appealed to X to withdraw"
        if pos == "VERB" and withholding(lemma):  # "recommended against approving X's drug"
            yield from withheld_approval(ctx, token, EXTRACTOR)
        if lemma in APPEAL_VERBS and pos == "VERB":
            yield from appeal_against(ctx, token, EXTRACTOR)
        elif lemma in {"threaten", "warn", "caution"} and pos == "VERB":
            yield from threat(ctx, token, EXTRACTOR)
        elif lemma in VOWING_VERBS and pos == "VERB":
            yield from vowed_act(ctx, token, EXTRACTOR)
        if lemma in LABELLING_VERBS and pos == "VERB":
            yield from branded(ctx, token, EXTRACTOR)
        elif lemma in DECLARING and pos == "VERB":  # "declared Y an unlawful association"
            yield from designated(ctx, token, EXTRACTOR)
        if lemma in g.SPEECH_VERBS and pos == "VERB":
            yield from _said_against(ctx, token)
            yield from _accusation(ctx, token)
            yield from conditional_threat(ctx, token, EXTRACTOR)  # "said it would X if ..."
        if lower in DISAPPROVAL_WORDS | DOUBTING_WORDS and pos in {"ADJ", "VERB"}:
            yield from _disapproval(ctx, token)
        if lemma in ANGERING and pos == "VERB" and not g.is_passive(token):
            yield from _angered(ctx, token)
        if lemma in TIE_CUTTING and pos == "VERB":
            yield from reduced_ties(ctx, token, EXTRACTOR)
        elif lemma in RESPONDING_VERBS and pos == "VERB":
            yield from angry_response(ctx, token, EXTRACTOR)
        if lower in _AT_ODDS and token.dep_ == "pobj" and token.head.lower_ in {"at", "in"}:
            yield from _at_odds(ctx, token)


def _governor_agents(ctx: Context, token: Token) -> list[str]:
    """The actors doing what a noun names: the subject of the nearest verb above."""
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            subs = g.agents(t) if g.is_passive(t) else g.subjects(t)
            keys = [k for s in subs for k in g.actors_of(ctx, s)]
            if keys:
                return keys
    return []


def _not_tolerated(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "it would not tolerate Ruritania's missile tests"."""
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    targets = [k for o in g.direct_objects(verb) for k in targets_of(ctx, o)]
    for event in make_events(ctx, verb, verb, EventKind.CONFLICT, sense("reject", "120"), agents, targets,
                             g.direct_objects(verb), EXTRACTOR, 0.7):  # fmt: skip
        # the refusal itself is the fact: "not tolerate" is asserted, not negated
        yield replace(event, negated=False)


def _call_on(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "Chile called on Peru to take a leading part": an appeal that presses Peru."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}]
    if not preps or not _pressed_to(verb):
        return  # "called on the president at his residence": a visit, no appeal
    if asks_conciliation(verb):
        return  # "called on A and B to settle their row": an appeal (CAMEO 02), no demand
    targets = [
        k for p in preps for c in p.children if c.dep_ == "pobj" for k in g.actors_of(ctx, c)
    ]
    targets += [k for c in verb.children if c.dep_ == "pobj" for k in g.actors_of(ctx, c)]
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("demand", "100"), agents, targets,
                           preps, EXTRACTOR, 0.6)  # fmt: skip


def _pressed_to(verb: Token) -> bool:
    """Whether "called on X" asks X for something: to do it ("to take part"), for it,
    or in a quote or clause that says what ("called on X: 'stop'")."""
    after = [t for t in verb.subtree if t.i > verb.i]
    if any(t.lower_ == "to" and t.dep_ == "aux" for t in after):
        return True
    return any(t.lower_ in {"for", "over", ":"} or t.dep_ in {"ccomp", "parataxis"}
               for t in after) or not after  # fmt: skip


_ACCUSATION_NOUNS = {"accusation", "allegation", "charge", "charges", "accusations", "allegations"}


def _accusation(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "Damascus said German forces were present ..., an accusation denied by
    Germany": a statement the sentence itself calls an accusation accuses the
    actors it names."""
    content = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    said = {t.i for c in content for t in c.subtree}
    sent = ctx.sentence(verb)
    nouns = [
        t
        for t, _, lower, _ in ctx.scan(sent.start, sent.end)
        if lower in _ACCUSATION_NOUNS
        and verb in t.ancestors
        and t.dep_ in {"appos", "npadvmod", "attr", "conj", "dobj"}  # "..., an accusation X denied"
        # "X says Y faces charges": charges inside what was said are not the statement
        # (but "..., an allegation dismissed by Z" parsed as a second object is)
        and not (t.i in said and t.dep_ == "dobj" and t.left_edge.nbor(-1).text != ",")
    ]
    if not nouns or denies_a_charge(verb):
        return  # "X accused Y, a charge Y denies": Y denies it, and accuses no one
    speakers = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    targets: list[str] = []
    for clause in content:
        for t in clause.subtree:
            mention = ctx.actors.mention_at(t.i)
            key = ctx.actors.at(t.i)
            if key and mention is not None and not mention.locative and mention.kind != "place":
                targets.append(key)
    yield from make_events(ctx, verb, nouns[0], EventKind.CONFLICT, sense("accuse", "112"), speakers,
                           targets, [verb], EXTRACTOR, 0.6)  # fmt: skip


def _said_against(ctx: Context, verb: Token) -> Iterator[Event]:
    """What a speaker says against someone: a demand ("Russia needs to understand")
    or a criticism ("China's approach had not succeeded", "X's policy is the main obstacle")."""
    speakers = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    if not speakers:
        return
    # whom it is said to is no target of what is said ("told BBC News: 'It is wrong'")
    told = {k for c in verb.children if c.dep_ in {"dobj", "dative"} for k in g.actors_of(ctx, c)}
    told |= {k for t in g.prep_objects(verb, {"to"}) for k in g.actors_of(ctx, t)}
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    if verb.dep_ == "parataxis":  # '"Russia needs to understand ...," he said.'
        clauses.append(verb.head)
    for clause in clauses:
        for v in [t for t in clause.subtree if t.pos_ in {"VERB", "AUX"} and t.i != verb.i]:
            subj = g.subjects(v)
            # '"He is a liar," X said of Y': he is Y
            targets = [k for s in subj for k in _said_of(ctx, verb, s)]
            targets = [k for k in targets if not k.startswith("person/") or k not in speakers]
            targets = [k for k in targets if k not in told]
            if not targets:
                continue  # (asked first: the mood below takes longer to read)
            words = _predicate_words(v)
            blamed = names_culprit(v, words) and not g.negated(v)
            mood = g.modality(ctx, v)
            claim = blamed and mood is Modality.ALLEGED and own_claim(verb, v)
            if (mood is not Modality.ASSERTED and not claim) or condition_marked(v):
                continue  # "it would be reckless if we let the chance go"
            # "Russia needs to understand", "Iran must stop": a demand on the subject
            demand = _demanded(v)
            if demand:
                targets = [k for s in subj for k in g.actors_of(ctx, s) if k not in speakers]
                if not targets:
                    continue
            if blamed:
                # "Peru said Chile was responsible for the attack", "... was behind the
                # bombing": an accusation (kg.extract.culprits)
                yield from make_events(ctx, verb, v, EventKind.CONFLICT, sense("accuse", "112"),
                                       speakers, targets, subj, EXTRACTOR, 0.55)  # fmt: skip
                continue
            # "Labour fought racism": against the bad thing, which says nothing bad of Labour
            countering = v.lemma_ in _COUNTERING_VERBS and not g.negated(v)
            criticism = bool(words & NEGATIVE_WORDS) or judged(ctx, v) or called_an_act_of(v)
            criticism = criticism and not countering
            criticism = criticism and not disowned(v) and not held_by_no_one(v, verb)
            criticism = criticism and not lying_still(v) and not charged_with(v)  # "Y accuses us"
            criticism = criticism and not failed_talks(v)  # "failed to agree": no blame
            criticism = criticism or (v.lemma_ in _POSITIVE_VERBS and g.negated(v))
            if demand:
                yield from make_events(ctx, verb, v, EventKind.CONFLICT, sense("demand", "100"), speakers,
                                       targets, subj, EXTRACTOR, 0.55)  # fmt: skip
            elif criticism:
                yield from make_events(ctx, verb, v, EventKind.CONFLICT, sense("criticise", "111"), speakers,
                                       targets, subj, EXTRACTOR, 0.55)  # fmt: skip


_COUNTERING_VERBS = frozenset(
    """fight combat tackle oppose condemn denounce reject stop prevent end counter confront
    battle eradicate eliminate challenge expose investigate punish outlaw ban root""".split()
)


def _demanded(verb: Token) -> bool:
    """ "Iran must stop", "Russia needs to withdraw", "the minister should resign": an
    action asked of the subject. "China should be part of the solution" is not."""
    must = any(c.dep_ == "aux" and c.lower_ in DUTY_AUX for c in verb.children)
    needs = verb.lemma_ in {"need", "have"} and any(c.dep_ == "xcomp" for c in verb.children)
    action = verb
    if needs:
        action = next(c for c in verb.children if c.dep_ == "xcomp")
        if g.is_passive(action):
            return False  # "it has to be paid for by travellers": not asked of the subject
    key = action.lemma_
    for c in action.children:
        if c.dep_ in {"prt", "advmod"} and f"{key} {c.lower_}" in DEMANDED_ACTIONS:
            key = f"{key} {c.lower_}"
    return (must or needs) and (key in DEMANDED_ACTIONS or g.negated(action))


def _disapproval(ctx: Context, word: Token) -> Iterator[Event]:
    """ "X was appalled that the government was lifting sanctions", "X is critical
    of Y", "X was angered by Y's remarks": disapproval of the clause's subject or
    of whom the preposition names."""
    verb = word.head if word.dep_ in {"acomp", "xcomp", "oprd"} else word
    holders = g.subjects(verb) if verb.i != word.i else g.subjects(word)
    if word.tag_ == "VBN" and not holders:
        holders = g.subjects(word)
    agents = [k for s in holders for k in g.actors_of(ctx, s)]
    objects = disapproval_objects(word)  # (kg.extract.disapproval_targets)
    targets = [k for t in objects for k in targets_of(ctx, t)]
    yield from make_events(ctx, verb, word, EventKind.CONFLICT, sense("criticise", "111"), agents,
                           targets, objects, EXTRACTOR, 0.6)  # fmt: skip


def _angered(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "X's decision angered Y", "X upset Y with his remarks": Y disapproves of X.
    "Upset" may mean defeat ("Ghana upset Nigeria", "Ghana's win upset Nigeria"):
    it, and "X's launch troubled Y" (kg.extract.concerns), count with a with/by
    phrase or when the subject is X's words or acts."""
    agents = [k for o in affected(verb) for k in g.actors_of(ctx, o)]
    subjects = g.subjects(verb)
    told = verb.lemma_ not in ACT_CAUSED or bool(g.prep_objects(verb, {"with", "by"}))
    targets = [k for s in subjects if not g.actors_of(ctx, s)
               and (told or caused_by_act(verb, s)) for k in targets_of(ctx, s)]  # fmt: skip
    if not targets and told:
        targets = [k for s in subjects for k in g.actors_of(ctx, s)]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "111"), agents,
                           targets, [*subjects, verb], EXTRACTOR, 0.6)  # fmt: skip


_AT_ODDS = {"loggerheads": "110", "odds": "110", "war": "190", "conflict": "190"}


def _at_odds(ctx: Context, noun: Token) -> Iterator[Event]:
    """ "The two nations remain at loggerheads", "X is at odds with Y", "A and B are
    at war": each side against the other."""
    verb = noun.head.head
    if noun.lower_ in {"war", "conflict"} and noun.head.lower_ != "at":
        return
    sides = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)] if verb.pos_ in {
        "VERB", "AUX"} else []  # fmt: skip
    sides += [k for t in g.prep_objects(noun, {"with"}) + g.prep_objects(verb, {"with"})
              for k in g.actors_of(ctx, t)]  # fmt: skip
    sides = list(dict.fromkeys(sides))
    s = sense("attack" if _AT_ODDS[noun.lower_] == "190" else "criticise", _AT_ODDS[noun.lower_])
    for a in sides:
        yield from make_events(ctx, verb, noun, EventKind.CONFLICT, s, [a],
                               [b for b in sides if b != a], [noun], EXTRACTOR, 0.6)  # fmt: skip


def _said_of(ctx: Context, speech: Token, subject: Token) -> list[str]:
    about = spoken_of(ctx, speech, subject)
    return _subject_actors(ctx, subject) if about is None else about


def _subject_actors(ctx: Context, subject: Token) -> list[str]:
    """The actor a clause is about: its subject ("China had failed"), the owner of its
    subject ("China's approach had failed"; not "the Chad war may be unlawful"), or
    the doer of the deed it takes up ("Peru shelled X. Chile said the attack was ...")."""
    keys = g.actors_of(ctx, subject)
    if keys:
        return keys
    # "the Israeli raid was an act of war": a demonym before a hostile act is its doer
    deps = {"poss", "amod"} if subject.lower_ in conflict_nouns() else {"poss"}
    owned = [k for c in subject.children if c.dep_ in deps for k in g.actors_of(ctx, c)]
    return owned or act_doers(ctx, subject)


def _predicate_words(verb: Token) -> set[str]:
    """What a clause says of its subject: the verb, its complement and object with
    their modifiers ("is the main obstacle", "had failed", "committed abuses", "a
    war of aggression in violation of the law"), not words deep inside ("do not
    meet with racist politicians")."""
    words = {verb.lower_} | _prep_objects_of(verb)
    for c in verb.children:
        if c.dep_ in {"attr", "acomp", "oprd", "dobj", "xcomp", "neg", "advmod"}:
            words.add(c.lower_)
            words |= {m.lower_ for m in c.children if m.dep_ in _MODIFIERS and not countered(m)}
            words |= _prep_objects_of(c)
    return words


_MODIFIERS = {"amod", "compound", "attr", "dobj", "acomp", "conj"}


def _prep_objects_of(token: Token) -> set[str]:
    # "was in danger of panic" is a plight, not a judgement of the subject; so is "a
    # victim of aggression"
    if token.lemma_ in _SUFFERERS:
        return set()
    return {o.lower_ for p in token.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj" and not (p.lower_ == "in" and o.lower_ == "danger")}  # fmt: skip


_SUFFERERS = frozenset({"victim", "target", "casualty", "survivor"})
