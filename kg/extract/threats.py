"""Threats and appeals against someone (CAMEO 10-13): the act threatened or asked
for is hostile, and aimed at whom it would hit.

Constructions: ``A threatened B``, ``A threatened to ... if B does not ...``, ``A
threatened to sanction B`` / ``to impose sanctions on B``, ``A warned B not to ...``,
``A warned B against ...``, ``A warned B that it would retaliate``, ``A warned of
B``; ``A urged C to block B's visit`` (a stand against B).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.conditions import IF_MARKS, condition_marked
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.papers import addressees
from kg.extract.passives import acted_on
from kg.extract.senses import FORCE_ROOTS, HOSTILE_ROOTS, Sense, sense, verb_key, verb_senses
from kg.extract.triggers import Trigger, trigger
from kg.extract.ultimatums import ultimatum
from kg.extract.warned_acts import told_of_warned, warned_of_act
from kg.extract.when import dates_on
from kg.extract.withdrawn_help import stopped_help_receivers, withdrawn_help
from kg.language.demand_words import ENDING_ACTIONS, INQUIRY_ACTIONS
from kg.language.event_words import FIGURATIVE_WARS, REDUCING_VERBS, RELATION_NOUNS
from kg.language.threat_words import (
    ARMED_REPLIES,
    BEARING_VERBS,
    FORCE_ACTS,
    FORCE_NOUNS,
    FORCEFUL_REPLIES,
    HARSH_WORDS,
    PENALTIES,
    REPLY_NOUNS,
)
from kg.language.warned_clauses import WARNING  # "cautioned X against ...": as "warned"
from kg.records import Event, EventKind

VERBS = verb_senses(EventKind.CONFLICT)
_PARTNER_PREPS = {"with", "to", "from", "for"}


def appeal_against(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Lawmakers called on the government to block X's visit", "urged the EU to
    suspend Hungary's voting rights": asking another to act against someone is
    itself a stand against them (CAMEO 110). The act asked for stays planned."""
    if g.negated(verb):
        return
    addressees = {k for t in [*g.direct_objects(verb), *g.prep_objects(verb, {"on", "upon"})]
                  for k in g.actors_of(ctx, t)}  # fmt: skip
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    # "called for expelling X": the act asked for is a gerund after "for"
    sought = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
              for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]  # fmt: skip
    for action in [*verb.children, *sought]:
        if action.dep_ not in {"xcomp", "advcl", "ccomp", "pcomp"} or action.pos_ != "VERB":
            continue
        if any(t.tag_ in {"WRB", "WP", "WDT"} or t.lower_ in {"whether", "if"}
               for t in action.children if t.i < action.i):  # fmt: skip
            continue  # "asked why ministers attacked X": a question, not an appeal
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in action.children):
            continue  # "urged X not to attack Y": asked to spare Y
        objects = _hostile_objects(action)
        targets = [k for o in objects for k in targets_of(ctx, o) if k not in addressees]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "110"),
                               agents, targets, objects, extractor, 0.6)  # fmt: skip


def _of_force(act: Token) -> bool:
    """Whether the verb names an act of force ("strike", "retaliate")."""
    s = hostile_sense(act)
    return s is not None and s.cameo[:2] in FORCE_ROOTS


def hostile_sense(action: Token) -> Sense | None:
    """The sense of a verb that names an act against someone (CAMEO 11-20)."""
    key = verb_key(action, VERBS)
    return VERBS[key] if key is not None and VERBS[key].cameo[:2] in HOSTILE_ROOTS else None


def _hostile_noun(noun: Token) -> Trigger | None:
    """The conflict trigger of a noun that names an act against someone."""
    t = trigger(noun.lemma_.lower(), "noun")
    hostile = t is not None and t.kind is EventKind.CONFLICT and t.cameo[:2] in HOSTILE_ROOTS
    return t if hostile else None


def _hostile_objects(action: Token) -> list[Token]:
    """Whom a hostile act a verb names is aimed at: "(to) sanction X", "(to) expel
    X's envoy", "(for X) to be banned", "(to) impose sanctions on X" (the act in the noun), "(to) cut ties
    with X"; "(to) stop backing X" (help it would stop)."""
    if helped := stopped_help_receivers(action):
        return helped
    ties = [n for o in g.direct_objects(action) for n in g.conjuncts(o)
            if action.lemma_ in REDUCING_VERBS and n.lower_ in RELATION_NOUNS]  # fmt: skip
    if ties:  # "(to) cut ties with X", "(to) suspend aid to X", "(to) recall its envoy from X"
        return [o for h in [*ties, action] for o in g.prep_objects(h, _PARTNER_PREPS)]
    s = hostile_sense(action)
    if s is not None:  # "(for X) to be expelled": the passive's subject
        done_to = g.subjects(action) if g.is_passive(action) else g.direct_objects(action)
        if not s.direct_object:  # "(to) take military action against X": on the object
            done_to = [p for o in done_to for p in g.prep_objects(o, s.target_preps)]
        return [*done_to, *g.prep_objects(action, s.target_preps)]
    if action.lemma_ in ENDING_ACTIONS | INQUIRY_ACTIONS:  # "(to) end its occupation of Y",
        # "(to) investigate the killing of Y": no act against Y
        return []
    return [o for n in g.direct_objects(action) if (t := _hostile_noun(n)) is not None
            for o in [*g.prep_objects(n, t.preps), *g.prep_objects(action, t.preps)]]  # fmt: skip


def threat(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "A threatened B", "A threatened to ... if B does not ...": the threat is
    aimed at whoever the condition is put to (never at what A would do)."""
    passive = g.is_passive(verb)  # "X was warned by Y not to ...": Y warned X
    agents = [k for s in (g.agents(verb) if passive else g.subjects(verb))
              for k in g.actors_of(ctx, s)]  # fmt: skip
    objects = acted_on(verb, passive)
    if verb.lemma_ in WARNING and not objects:  # "sent a letter to X warning of ...": X
        objects = [o for o in addressees(verb) if g.actors_of(ctx, o)]
    target_tokens = [] if verb.lemma_ in WARNING else objects
    hit: list[str] = []
    if verb.lemma_ == "threaten" and not g.negated(verb):
        # "threatened to sanction X", "to boycott X's summit": the threat is asserted,
        # aimed at whom the act would hit
        hit = [k for a in verb.children if a.dep_ == "xcomp" and _infinitive(a)
               for o in _hostile_objects(a) for k in targets_of(ctx, o)]  # fmt: skip
    if verb.lemma_ in WARNING and any(c.dep_ == "xcomp" for c in verb.children):
        # "warned China not to interfere": a demand on China
        targets = [k for t in objects for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("demand", "100"), agents,
                               targets, objects, extractor, 0.65)  # fmt: skip
        return
    told = not any(g.actors_of(ctx, o) for o in objects)  # told to no party, if anyone
    about = [t for t in g.prep_objects(verb, {"of", "about"}) if g.actors_of(ctx, t)]
    if told:  # the parser may hang "about" on those told ("warned their people about X")
        about += [t for o in objects for t in g.prep_objects(o, {"about"}) if g.actors_of(ctx, t)]
    if verb.lemma_ in WARNING and about and told:
        # "warned of the Prince of Dol Amroth": a warning about an actor, also when told
        # to no party ("warned its citizens about X", "warned the public of X")
        targets = [k for t in about for k in g.actors_of(ctx, t)]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("criticise", "111"),
                               agents, targets, about, extractor, 0.6)  # fmt: skip
        return
    if (
        verb.lemma_ in WARNING
        and not objects
        and (found := [*warned_of_act(ctx, verb, agents, extractor)])
    ):
        yield from found  # "warned of military action against X": a threat against X
        return
    if verb.lemma_ in WARNING and any(
        c.dep_ == "prep" and c.lower_ in {"against", "of"} and any(c.children)
        for h in [verb, *objects, *dates_on(verb)]  # the parser may hang it on the object,
        for c in h.children  # or on a date ("warned X on Monday of grave consequences")
    ):  # "warned Israel against resuming its offensive": a demand on Israel
        targets = [k for t in objects for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("demand", "100"), agents, targets,
                               objects, extractor, 0.65)  # fmt: skip
        return
    if verb.lemma_ in WARNING and objects and _warned_over(verb, objects):
        # "Ireland warned Britain over the border protocol": a warning to Britain
        targets = [k for t in objects for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", "130"),
                               agents, targets, objects, extractor, 0.6)  # fmt: skip
        return
    if verb.lemma_ in WARNING and objects and _own_hostile_act(ctx, verb, agents) is not None:
        # "warned Uganda that it would retaliate": a threat against Uganda
        targets = [k for t in objects for k in targets_of(ctx, t)]
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", "130"),
                               agents, targets, objects, extractor, 0.65)  # fmt: skip
        return
    reply = threatened_reply(ctx, verb, agents) if verb.lemma_ in WARNING and objects else None
    if reply is not None:
        # "warned Syria that any incursion would be met with force": a threat to Syria
        targets = [k for t in objects for k in targets_of(ctx, t)]
        cameo = (
            "138" if {reply.lemma_, *(c.lower_ for c in reply.children)} & ARMED_REPLIES else "130"
        )
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", cameo),
                               agents, targets, objects, extractor, 0.6)  # fmt: skip
        return
    warned = [k for t in objects for k in targets_of(ctx, t)] if verb.lemma_ in WARNING else []
    if warned and told_of_warned(ctx, verb, warned, agents, hostile_sense):
        # "warned China that its patrols were unacceptable": a warning to China
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", "130"),
                               agents, warned, objects, extractor, 0.6)  # fmt: skip
        return
    act = _own_hostile_act(ctx, verb, agents) if verb.lemma_ in WARNING and not objects else None
    aimed = _hostile_objects(act) if act is not None else []
    would_hit = [k for t in aimed for k in targets_of(ctx, t) if k not in agents]
    if act is not None and would_hit:
        # "warned (that) it would strike Hezbollah": a threat against whom it would hit
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT,
                               sense("threaten", "138" if _of_force(act) else "130"), agents,
                               would_hit, aimed, extractor, 0.6)  # fmt: skip
        return
    for t in verb.subtree:
        if t.pos_ in {"VERB", "AUX"} and condition_marked(t, IF_MARKS):
            then = t.head
            doers = {k for s in g.subjects(then) for k in g.actors_of(ctx, s)}
            if (
                verb.lemma_ in WARNING
                and then.i != verb.i
                and not doers & set(agents)
                and not _forces_would_act(ctx, then, doers)
            ):
                continue  # "warned that unless X ..., pensions would need changes": a forecast
            target_tokens += g.subjects(t)
    targets = [k for t in target_tokens for k in g.actors_of(ctx, t)] + hit
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", "130"), agents, targets,
                           target_tokens, extractor, 0.65)  # fmt: skip


# What one warns someone "over" that is a medium, not a grievance: "over the phone".
_MEDIA = frozenset({"phone", "telephone", "radio", "loudspeaker", "airwave", "internet"})


def _warned_over(verb: Token, objects: list[Token]) -> bool:
    """ "warned X over its border policy": a grievance with no clause told (not
    "warned X that ...", "warned X to ...", "warned X over the phone")."""
    if any(c.dep_ in {"ccomp", "xcomp", "advcl"} for c in verb.children):
        return False
    over = [o for h in [verb, *objects] for o in g.prep_objects(h, {"over"})]
    return any(o.lemma_.lower() not in _MEDIA for o in over)


def _forces_would_act(ctx: Context, then: Token, doers: set[str]) -> bool:
    """ "(warned that) police would act if X ...", "the army would move in unless X
    ...": force the warner commands (forces no one else owns) would be used, a
    threat (not "Argentine troops would act", "police would not act", "police would
    be overwhelmed")."""
    forces = [s for s in g.subjects(then) if s.lower_ in FORCE_NOUNS and s.dep_ == "nsubj"]
    owned = any(c.dep_ in {"poss", "amod", "compound"} and (c.pos_ == "PROPN" or c.ent_type_)
                for f in forces for c in f.children)  # fmt: skip
    return (
        bool(forces)
        and not owned  # "Argentine troops", "Peru's army": another's forces
        and all(k.startswith("group/") for k in doers)  # unnamed "police", "troops"
        and not g.negated(then)
        and _would(then)
        and (then.lemma_ in FORCE_ACTS or _is_hostile_act(then))
    )


def vowed_act(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "The army vowed to wage war on the rebels", "pledged to crush X": vowing
    a hostile act against X threatens X (CAMEO 138 for force, else 130). The act
    itself stays planned; the vow is what happened."""
    if g.negated(verb):
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    for act in (a for a in verb.children if a.dep_ == "xcomp" and _infinitive(a)):
        if g.negated(act):
            continue  # "pledged never to attack X": a promise, no threat
        objects = _hostile_objects(act)
        targets = [k for o in objects for k in targets_of(ctx, o)]
        roots = {s.cameo[:2]} if (s := hostile_sense(act)) else {
            t.cameo[:2] for n in g.direct_objects(act) if (t := _hostile_noun(n))}  # fmt: skip
        cameo = "138" if roots & FORCE_ROOTS else "130"
        yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("threaten", cameo),
                               agents, targets, objects, extractor, 0.6)  # fmt: skip


def _own_hostile_act(ctx: Context, verb: Token, agents: list[str]) -> Token | None:
    """The hostile act the warner says it would do: "warned (X) that it would
    retaliate", "warned it would strike Y" (not "warned that Y would strike")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        own = any(s.lower_ in {"it", "we", "they"} or set(g.actors_of(ctx, s)) & set(agents)
                  for s in g.subjects(clause))  # fmt: skip
        if own and not g.negated(clause) and _is_hostile_act(clause):
            return clause
    return None


_MODALS = frozenset({"would", "will", "could", "might", "'d", "'ll", "wo"})


def _would(clause: Token) -> bool:
    """A clause of what would or will come: "would be met with force", "will act"."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)


def threatened_reply(ctx: Context, verb: Token, agents: list[str]) -> Token | None:
    """The harsh answer a warning says an act would meet, whoever does the act:
    "warned X that any incursion would be met with force", "that a launch would bring
    swift retaliation" (not "that prices would rise", "that the plan would need an
    international response", "would draw a strong reaction from investors")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        if g.negated(clause) or not _would(clause):
            continue  # "warned X that it had not retaliated": no answer to come
        hostile_cause = any(_hostile_noun(s) is not None for s in g.subjects(clause))
        answers = [a for c in clause.children if c.dep_ in {"dobj", "attr", "oprd"}
                   for a in g.conjuncts(c)]  # fmt: skip
        answers += [a for c in clause.children if c.dep_ in {"prep", "agent"}
                    for o in c.children if o.dep_ == "pobj" for a in g.conjuncts(o)]  # fmt: skip
        for answer in answers:
            words = {c.lower_ for c in answer.children if c.dep_ in {"amod", "compound"}}
            if words & FIGURATIVE_WARS or _answered_by_other(ctx, answer, agents):
                continue  # "would start a trade war", "a strong reaction from investors"
            if answer.lemma_ in FORCEFUL_REPLIES or (
                answer.lemma_ in REPLY_NOUNS and (hostile_cause or words & HARSH_WORDS)
            ):
                return answer
            if clause.lemma_ in BEARING_VERBS and (
                answer.lemma_ in PENALTIES or _hostile_noun(answer) is not None
            ):
                return answer  # "warned X that it would face sanctions / consequences"
    return None


def _answered_by_other(ctx: Context, answer: Token, agents: list[str]) -> bool:
    """Whether a "from"/"by" names another who would answer: "a reaction from
    investors" (not "a response from us")."""
    return any(
        not set(g.actors_of(ctx, o)) or not set(g.actors_of(ctx, o)) <= set(agents)
        for o in g.prep_objects(answer, {"from", "by"})
        if o.lower_ not in {"us", "we", "it", "them"}
    )


def _is_hostile_act(action: Token) -> bool:
    """ "retaliate", "strike back", "impose sanctions", "withhold funds": a verb or its
    object names a hostile act (CAMEO 11-20), or the verb cuts what is given."""
    return (
        hostile_sense(action) is not None
        or any(_hostile_noun(n) is not None for n in g.direct_objects(action))
        or _withholding(action)
        or withdrawn_help(action)  # "would stop policing its coast", "close the border"
    )


# What is given and can be cut or withheld ("would withhold cohesion funds").
_GIVEN = frozenset({"funds", "subsidies", "payments", "money", "support"})


def _withholding(action: Token) -> bool:
    """ "(would) cut aid", "withhold funds", "suspend payments": reducing what is given."""
    if action.lemma_ not in REDUCING_VERBS and action.lemma_ != "withhold":
        return False
    objects = [n for o in g.direct_objects(action) for n in g.conjuncts(o)]
    return any(n.lower_ in _GIVEN or RELATION_NOUNS.get(n.lower_) == "162" for n in objects)


def _infinitive(act: Token) -> bool:
    """ "(threatened) to sanction": a verb, or a verb the tagger took for a noun."""
    return act.pos_ == "VERB" or g.has_to(act)


def threatened_act(noun: Token) -> tuple[list[Token], bool] | None:
    """What a noun of threat says would be done, in its infinitive: "Iran's threat to
    retaliate against Israel" (whom it would hit, and whether by force)."""
    for act in noun.children:
        if (
            act.dep_ in {"acl", "relcl"}
            and g.has_to(act)
            and _infinitive(act)
            and _is_hostile_act(act)
        ):
            return _hostile_objects(act), _of_force(act)
    return None


def conditional_threat(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "Iran said it would attack Israel if the strikes continued", "China said it
    would impose sanctions on X unless ...": a speaker's own hostile act, put as the
    price of a condition, is a threat against whom it would hit (CAMEO 138 for
    force, else 130); the act itself stays planned. Without a condition it is a
    plan, no threat ("Iran said it would attack Israel"); "warn" and "threaten" have
    their own reading (:func:`threat`). An ultimatum is read in :mod:`kg.extract.ultimatums`."""
    yield from ultimatum(ctx, verb, extractor)
    if verb.lemma_ in WARNING | {"threaten"} or g.negated(verb):
        return
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    act = _own_hostile_act(ctx, verb, agents)
    if act is None or not _would(act) or not _conditional(act, verb):
        return
    aimed = _hostile_objects(act)
    targets = [k for t in aimed for k in targets_of(ctx, t) if k not in agents]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT,
                           sense("threaten", "138" if _of_force(act) else "130"), agents,
                           targets, aimed, extractor, 0.6)  # fmt: skip


def _conditional(act: Token, verb: Token) -> bool:
    """An "if" or "unless" clause on the act or, put first, on the speech verb: "it
    would strike X if ...", "If X ..., Y said it would cut ties"."""
    return any(
        c.dep_ == "advcl" and (h is act or c.i < verb.i) and condition_marked(c, IF_MARKS)
        for h in (act, verb)
        for c in h.children
    )
