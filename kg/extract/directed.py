"""Directed interactions for the conflict and cooperation extractors: a lexicon maps verb
lemmas (and nouns) to a fine event type, and this module finds the agent and the target
of each occurrence: subject -> object, by-phrase -> subject for passives, ``X's offer``
-> X, ``sanctions on X``, ``anti-X sanctions``, ``the Russian invasion`` -> Russia."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import firm_deals, giving, hidden_receivers, papers, swapped, taken_ground, wielding
from kg.extract import grammar as g
from kg.extract.act_nouns import act_doers, owned_by_doing
from kg.extract.appeals import asks_conciliation, bids, demand_targets
from kg.extract.base import Context
from kg.extract.campaigns import run_by
from kg.extract.charged_deeds import deed_charge
from kg.extract.collective import counted, included, labour_sense, owners_struck, persons
from kg.extract.denials import denies_charge
from kg.extract.directed_events import make_events
from kg.extract.envoys import summoned_envoy
from kg.extract.funded_owners import funded_owners
from kg.extract.giving import given_things, given_to, is_arms, is_control, is_property, lent_by
from kg.extract.guests import arrivals, guest_objects
from kg.extract.hosted import hosts, is_event
from kg.extract.hung_agents import hung_owners
from kg.extract.laid_on import blamed_on
from kg.extract.modifier_owners import OWNING_DEPS, modifier_owners
from kg.extract.noun_parties import (
    authors,
    compound_owners,
    hyphen_agents,
    hyphen_sides,
    reporters_own,
)
from kg.extract.own_staff import own_staff
from kg.extract.owned_things import thing_owners
from kg.extract.pact_partners import pact_partners
from kg.extract.pact_sides import possessed
from kg.extract.passives import leaders_of_act
from kg.extract.press_people import press_person
from kg.extract.returned_goods import given_goods
from kg.extract.senses import (
    FORCE_ROOTS,
    Sense,
    names_a_place,
    pitting_sense,
    place_after,
    verb_key,
    verb_starts,
)
from kg.extract.sponsors import sponsored_by
from kg.extract.struck import (
    attacked_country,
    held_nationals,
    nationals_of,
    struck_nearby,
    struck_place,
)
from kg.extract.told_participles import speakers_participle
from kg.extract.triggers import trigger
from kg.extract.wielding import each_the_others, imposed_with, verbal, weapons
from kg.extract.worries import dismisses_fears
from kg.extract.written_debts import written_off
from kg.language.demand_words import OWNER_PREPS
from kg.language.event_words import (
    BID_NOUNS,
    DOUBTED_NOUNS,
    NEGATIVE_WORDS,
    OWNED_NOUNS,
    SPEECH_VERBS,
    VICTIM_NOUNS,
    WEAPON_OBJECTS,
)
from kg.language.lexicon import OWNERS_PROPERTY
from kg.language.press import PRINTED, REPORTING_KINDS
from kg.language.titles import no_longer_holds
from kg.records import Event, EventKind

CRITICISM = Sense("criticise", "111")
_MENDING_NOUNS = {"resumption", "restoration", "renewal", "normalisation", "normalization",
                  "establishment", "improvement", "strengthening", "breakdown", "rupture"}  # fmt: skip
_ABOUT_SOMEONE_ELSES = {"praise", "criticise", "reject", "accuse", "support", "demand"}
_ABOUT_A_CLAUSE = {"demand", "criticise", "accuse", "reject", "protest"}

# No act of their owner: what binds it ("Chile's treaty obligations"), its foes ("Syria's rivals").
_BINDING = {"obligation", "duty", "rival", "foe", "enemy", "adversary", "opponent", "critic"}
_BY, _BY_FROM = frozenset({"by"}), frozenset({"by", "from"})
_VOTED = frozenset({"resolution", "motion"})  # put to a body's vote: its writer is not said
# whose forces an "of" phrase names: "Chile's warships", "Togolese troops" (a name compounded
# before them, "Wagner fighters", is the phrase's own actor, asked first)
_POSS_AMOD = OWNING_DEPS - {"compound"}


def _press_printed(t: Token) -> bool:
    """Whether ``t`` is a piece the press prints with a noun of the press before it ("a
    Spanish newspaper report", "Argentine media reports"), so a demonym before them is
    the press's nationality (not "the Russian media crackdown": what is done to it)."""
    return t.lower_ in PRINTED and any(
        c.dep_ == "compound"
        and (c.lower_ in REPORTING_KINDS or c.lemma_.lower() in REPORTING_KINDS)
        for c in t.children
    )  # ("media": the lemmatizer may give "medium")


def _aimed(noun: Token) -> bool:
    """A noun whose bare name before it is no owner of it: a bid, whose name is its
    target ("the LSE bid"), and a measure imposed on someone (sanctions, an embargo,
    tariffs), whose name is its target as often as its maker ("the Iran sanctions",
    "the US sanctions"): "backed the Peru sanctions" backs no one. A possessive or an
    adjective still names the owner ("the US's sanctions", "Bolivian sanctions")."""
    lemma = noun.lemma_.lower()
    found = trigger(lemma, "noun") or trigger(noun.lower_, "noun")
    imposed = found is not None and found.kind is EventKind.CONFLICT and found.frame == "imposed"
    return lemma in BID_NOUNS or imposed


def targets_of(ctx: Context, token: Token) -> list[str]:
    """Actors a target phrase (or the name its relative stands for: "X, with whom Y agreed")
    denotes, through "X's offer", "the Russian invasion"; a country after a preposition too."""
    keys = g.actors_of(ctx, token := g.antecedent(token), include_places=True)
    if keys:
        return keys + included(ctx, token)  # "on three generals, including X": X too
    found: list[str] = included(ctx, token)
    for t in g.conjuncts(token):
        # the owner of the thing ("X's offer", "the Russian invasion"); a compound
        # names what it is about ("Russia's Ukraine offensive"), not whose it is
        found += hosts(t)  # "boycotted the Moscow Olympics": its host, never the event
        if t.lemma_.lower() in _BINDING or no_longer_holds(t) or is_event(t):
            continue  # "denounced Chile's treaty obligations" (what binds Chile, no act
            # of Chile's), "praised the former CNN anchor" (CNN's no more), an event
        owners = [c for c in t.children if c.dep_ == "poss"] or [
            c
            for c in t.children
            if c.dep_ == "amod"
            and ctx.actors.at(c.i)
            and t.lemma_.lower() not in VICTIM_NOUNS
            and not _press_printed(t)
        ]  # "an Iraqi civilian" is a victim with a nationality, not Iraq; "a Spanish
        # newspaper report" is the paper's, not Spain's
        # "the attack by Peru", "complaints from X"; not "the UK's (3bn) rebate from the EU"
        whose = bool(owners) or any(w.dep_ == "poss" and w.i < t.i for w in t.subtree)
        owners += g.prep_objects(t, OWNER_PREPS.get(t.lemma_.lower(), _BY if whose else _BY_FROM))
        owners += [a for c in g.participles(t) if owned_by_doing(t, c) for a in g.agents(c)]
        tokens, keys = authors(t)  # "a Peruvian-drafted resolution", "a UK-sponsored text"
        owners += tokens
        found += keys  # and "tankers belonging to X", "the resolution, which was drafted by X":
        owners += [o for c in t.children if c.dep_ == "acl" and c.lower_ == "belonging"
                   for o in g.prep_objects(c, {"to"})]  # fmt: skip
        owners += [a for c in t.children if c.dep_ == "relcl" and g.is_passive(c)
                   for a in g.agents(c)]  # fmt: skip
        if not owners and t.lower_ in OWNERS_PROPERTY:  # "the Lima offices of X": X's, not Peru's
            owners = g.prep_objects(t, {"of"})
        if (not owners and t.lemma_.lower() not in VICTIM_NOUNS and not _press_printed(t)
                and not deed_charge(t)):  # fmt: skip
            # "the LSE bid": its target (not "an Argentine newspaper report": the paper's,
            # nor "the Norbank fraud claims": the fraud's scene, kg.extract.charged_deeds)
            owners = compound_owners(ctx, t, t.lemma_ in _VOTED, _aimed(t))
        for child in owners:
            found.extend(k for k in g.actors_of(ctx, child))
        found += [] if owners else act_doers(ctx, t)  # "Britain condemned the move": whose
        found += [] if possessed(t) else pact_partners(ctx, t)  # "a deal with X", not "A's"
        if t.lemma_.lower() in _MENDING_NOUNS:  # "welcomed the resumption of ties with X"
            for ties in g.prep_objects(t, {"of"}):
                found.extend(k for o in g.prep_objects(ties, {"with", "between"})
                             for k in g.actors_of(ctx, o))  # fmt: skip
        owned = t.lower_ in {"ally", "allies", "partner"} or t.lemma_.lower() in OWNED_NOUNS
        for obj in g.prep_objects(t, {"of"}) if owned and not found else []:
            # "the presence of rebel forces", "the deployment of Chile's warships"
            found.extend(g.actors_of(ctx, obj) or modifier_owners(ctx, obj, _POSS_AMOD))
    return list(dict.fromkeys(found))


# acts made of whom they are sent to: "wrote to X demanding ...", "sent a note to X
# protesting ..."
_ADDRESSED = frozenset({"demand", "protest"})


def verb_events(
    ctx: Context,
    lexicon: Mapping[str, Sense],
    kind: EventKind,
    extractor: str,
) -> Iterator[Event]:
    starts = verb_starts(lexicon)
    for verb, lemma, _, pos in ctx.scan():
        if lemma not in starts:
            continue  # no entry, whatever its children (verb_key would say None)
        key = verb_key(verb, lexicon) if pos in {"VERB", "AUX"} else None
        if key is None or (verb.dep_ in {"pobj", "dobj"} and verb.tag_ in {"VB", "NN"}):
            continue  # "released without charge": a noun the tagger took for a verb
        s = lexicon[key]
        passive = g.is_passive(verb)
        agent_tokens = g.agents(verb) if passive else g.subjects(verb)
        if passive and not agent_tokens and "from-agent" in s.flags:
            agent_tokens = g.prep_objects(verb, {"from"})  # "was expelled from Peru"
        if passive and not agent_tokens and kind is EventKind.CONFLICT:
            agent_tokens = leaders_of_act(verb)  # "was ousted in a coup led by X"
        if (
            not passive
            and (said := speakers_participle(ctx, verb))
            and not any(g.actors_of(ctx, t) for t in agent_tokens)
        ):
            agent_tokens = g.subjects(said)  # "said the talks had failed, accusing X"
        if hyphenated := passive and not agent_tokens:
            agent_tokens = hyphen_agents(verb)
            if not all(t.text[:1].isupper() for t in agent_tokens):
                continue  # "the military-backed government": no named backer
        if "interview" in s.flags and any(press_person(ctx, t) for t in agent_tokens):
            continue  # "presenter X pressed the minister": a question put on air
        target_tokens: list[Token] = []
        if passive and s.cameo != "063":  # not the weapon ("gas was used"), nor who is extradited
            target_tokens = [t for t in g.subjects(verb) if "weapon-object" not in s.flags
                             or t.lemma_.lower() not in WEAPON_OBJECTS]  # fmt: skip
        elif s.direct_object:
            target_tokens = g.relative_objects(verb) or g.shared_objects(verb)
        target_tokens += taken_ground.prep_targets(verb, s, passive)  # "retook X from Y"
        if not s.direct_object:  # "fired two shells at Seoul": the phrase hangs on the object
            target_tokens += [t for o in weapons(verb)  # "a barrage of rockets at X"
                              for t in g.prep_objects(o, s.target_preps)]  # fmt: skip
            if s.frame == "recipient":
                target_tokens += given_to(verb) + hidden_receivers.receivers(verb)
        if (  # "blamed the attack by A on B": B
            s.type == "accuse"
            and not any(ctx.actors.at(o.i) for o in g.direct_objects(verb))
            and (laid := blamed_on(verb, s.target_preps, " " in key))
        ):
            target_tokens = [t for t in target_tokens if t.dep_ != "dobj"] + laid
        if " " in key:  # "ruffled the feathers of X", "took issue with X", "jabbed back at X"
            held = [*g.direct_objects(verb), *(c for c in verb.children if c.dep_ == "advmod")]
            target_tokens += [t for o in held if o.lemma_ == key.split()[-1]
                              for t in g.prep_objects(o, s.target_preps)]  # fmt: skip
        if s.type in _ABOUT_A_CLAUSE and not target_tokens and "idea-only" not in s.flags:
            # "demanded that Venezuela release them", "condemned what the junta has done",
            # "complained that the administration had failed": the clause's subject
            target_tokens = [t for c in verb.children if c.dep_ == "ccomp"
                             and not (s.type == "accuse" and _speech_only(c))
                             and ("mandative" not in s.flags or bids(c))  # "insisted that"
                             for t in g.subjects(c)]  # fmt: skip
            # "complained about how the government had failed"
            target_tokens += [t for c in g.wh_clauses(verb, s.target_preps) for t in g.subjects(c)]
        if verb.lemma_ == "help":  # "to help Syria fight rebels": Syria
            target_tokens = giving.helped(ctx, verb, target_tokens)
        if "envoy-object" in s.flags and not summoned_envoy(verb, passive, target_tokens):
            continue  # "summoned the board", "its own envoy" (also "X's envoy was summoned")
        if (("no-object" in s.flags and g.direct_objects(verb)) or wielding.unarmed(verb, s.flags, ctx)
                or denies_charge(verb, passive)):  # fmt: skip
            continue  # "broke the deadlock with X", "the firm moved into X", "denied the charge"
        if "armed-force" in s.flags and wielding.by_force(verb, passive):
            s = replace(s, type="attack", cameo="190")  # "the army expelled the rebels"
        if "weapon-object" in s.flags and not any(
            o.lemma_.lower() in WEAPON_OBJECTS for o in weapons(verb)
        ):
            continue  # "threw his support behind X" is no attack
        given = given_things(verb, passive)
        if "aid-object" in s.flags and not giving.gives_aid(verb, given):
            continue  # "gave advice to the minister", troops sent to a war are no aid
        if "goods-object" in s.flags and not given_goods(ctx, given):
            continue  # "returned its ambassador to Rome", "returned fire"
        if "arms-object" in s.flags and not any(map(is_arms, given)):
            continue  # "sold its stake to X" arms no one
        if "control-object" in s.flags and giving.handed_aid(ctx, given):
            s = replace(s, type="aid", cameo="070")  # "handed the Philippines ten patrol boats"
        elif "control-object" in s.flags and any(map(is_property, given)):
            s = replace(s, cameo="084")  # "handed over 300 bronzes to X": property returned
        elif "control-object" in s.flags and not any(map(is_control, given)):
            if not (people := giving.handed_people(ctx, given)):
                continue  # "handed the documents to X" yields nothing
            s = replace(s, type="cooperate", cameo="063")  # "handed the suspects over to X"
            target_tokens = [t for t in target_tokens if t not in people]  # not who is handed
        if (relieved := written_off(s, given, target_tokens)) is None:
            continue  # "cancelled the visit"; "wrote off Iraq's debt" relieves Iraq
        s, target_tokens = relieved
        if "captive-object" in s.flags and not swapped.frees(ctx, verb, target_tokens):
            continue  # "released a statement", "freed up funds"; a swap's own releases
        if "firm-object" in s.flags and not firm_deals.firms_among(ctx, target_tokens, verb):
            continue  # "bought Norvik Foods", never "bought a house" nor "hired a coach"
        if "person-object" in s.flags and not persons(ctx, kind, target_tokens):
            continue  # "shot X", "beat supporters of X", never "shot the film"
        if "not-own-staff" in s.flags and own_staff(target_tokens):
            continue  # "the firm suspended its chief executive": within the subject
        if "aid-object" in s.flags and any(
            o.lemma_.lower() in {"support", "backing", "endorsement", "blessing"}
            for o in g.direct_objects(verb)
        ):
            s = replace(s, type="support", cameo="051")  # "gave his support to X"
        agents = [k for t in agent_tokens  # "Vale's campaign hit back": Vale
                  for k in g.actors_of(ctx, t) or lent_by(ctx, kind, t) or run_by(ctx, t)]  # fmt: skip
        agents += [k for t in agent_tokens for k in sponsored_by(ctx, s.cameo, t)]  # "X-backed"
        targets = [k for t in target_tokens for k in (g.actors_of(ctx, t, include_places=True)
                   if "direct-target" in s.flags else targets_of(ctx, t))]  # fmt: skip
        if hyphenated:  # "U.S.-backed rebels": the U.S. backs them, not a side listed before
            agents, targets = hyphen_sides(ctx, verb, agent_tokens, agents, targets)
        targets = funded_owners(ctx, s.cameo, target_tokens, agents, targets)  # "X's dam"
        targets = giving.to_a_state(s.flags, target_tokens, targets)  # "deposited ... in"
        if "nationals-object" in s.flags:  # "evacuated 40 Italian citizens": Italy is helped
            targets = nationals_of(ctx, target_tokens, agents)  # not "people from Sudan"
        else:
            agents, targets = held_nationals(
                ctx, s.cameo, agent_tokens, target_tokens, agents, targets
            )
        if kind is EventKind.CONFLICT and targets and set(targets) <= set(agents):
            targets = reporters_own(ctx, verb, target_tokens, agents) or targets
        if not targets and each_the_others(verb, agents, target_tokens, s.flags):
            s = replace(s, symmetric=True)  # "A and B accused each other", "A and B fought"
        if s.type in _ADDRESSED and not passive:  # "sent X a letter demanding ...": on X
            # (not on the sender: "wrote to X demanding his resignation", "his" read as
            # the writer's)
            targets = [k for k in targets if k not in agents] or [
                k for t in papers.addressees(verb) for k in g.actors_of(ctx, t)
            ]
        if s.type == "demand" and not passive:
            if "appeal" in s.flags and asks_conciliation(verb):
                continue  # "urged A and B to settle their row": an appeal (CAMEO 02), no demand
            targets = demand_targets(ctx, verb, targets)  # not "a Senate inquiry"
        if s.frame == "between":  # "the war pitted Ethiopia against Eritrea"
            agents = [k for t in g.direct_objects(verb) for k in g.actors_of(ctx, t)]
            # "against B" may hang on the object: "clashes pitting A against B"
            targets = [k for x in (verb, *g.direct_objects(verb)) for t in
                       g.prep_objects(x, s.target_preps) for k in g.actors_of(ctx, t)]  # fmt: skip
            if (pit := pitting_sense(verb, kind, s)) is None:
                continue  # "the final pitted Brazil against Argentina": a game, no conflict
            for a, b in ((agents, targets), (targets, agents)):
                yield from make_events(ctx, verb, verb, kind, pit, a, b, [verb], extractor, 0.7)
            continue
        if not targets and s.type in _ABOUT_SOMEONE_ELSES and not passive:
            # "rejected the offer from Iran", "condemned the raids by X" (hung on the verb)
            targets = [k for t in hung_owners(verb) for k in g.actors_of(ctx, t)]
        if not targets and owners_struck(kind, s.cameo, s.flags):
            # "banned imports of Lithuanian beef", "beat supporters of X": whose goods, people
            goods = counted(target_tokens if passive else g.direct_objects(verb))  # "dozens of"
            targets = [k for o in goods for p in g.prep_objects(o, {"of", "in"})
                       for k in targets_of(ctx, p) if k not in agents]  # fmt: skip
        if not targets and kind is EventKind.CONFLICT:  # "the website of X", "including X"
            targets = thing_owners(ctx, verb, s.cameo, target_tokens, agents)
        if not targets and s.cameo[:2] in FORCE_ROOTS and kind is EventKind.CONFLICT:
            targets = (
                attacked_country(ctx, verb, agents, target_tokens)
                or struck_place(ctx, target_tokens, agents)
                or struck_nearby(ctx, [verb, *target_tokens], agents)  # "hit targets near X"
            )
        if "ambiguous" in s.flags and (imposed_with(verb) or wielding.courted(target_tokens)):
            continue  # "hit Russia with sanctions" (the sanctions' event), "target voters"
        if "ambiguous" in s.flags and verbal(ctx, verb, agents, target_tokens):
            s = replace(CRITICISM, target_preps=s.target_preps, symmetric=s.symmetric)
        if "not-arrival" in s.flags and (
            any(
                c.dep_ == "prep"
                and (c.lower_ in {"to", "at"} or (c.lower_ == "in" and names_a_place(c)))
                for c in verb.children
            )
            or place_after(verb) is not None  # "welcomed X in Riga", hung on X
            or guest_objects(ctx, verb)  # "welcomed the visiting minister"
            or arrivals(verb)  # "welcomed 40 Cambodian workers": hosted, not praised
        ):
            continue  # "welcomed the minister to Riga": a host, not praise (see meetings)
        refused = passive and g.direct_objects(verb)  # "X was refused entry by Y": X is refused
        if s.type == "reject" and dismisses_fears(verb):
            continue  # "dismissed fears from some MPs": reassurance, not a rejection
        if (
            "idea-only" in s.flags
            and not refused
            and any(ctx.actors.at(t.i) for t in target_tokens)
        ):
            continue  # "dismissed the minister" is not a rejection of the minister
        if "idea-object" in s.flags and not any(
            t.lemma_.lower() in DOUBTED_NOUNS or t.lower_ in DOUBTED_NOUNS for t in target_tokens
        ):
            continue  # "questioned X's wife": an interview, no doubt of X
        if "from-office" in s.flags and not any(
            o.lower_ in {"power", "office", "post", "government"}
            for o in g.prep_objects(verb, {"from"})
        ):
            continue  # "removed the barriers" is no coup
        # "the SEC agreed a deal with A, B and C": each with the SEC, not with each other
        yield from make_events(ctx, verb, verb, kind, labour_sense(s, verb), agents, targets,
                               [*agent_tokens, *target_tokens], extractor, 0.8,
                               one_each=s.symmetric and kind is EventKind.COOPERATION)  # fmt: skip


def _speech_only(clause: Token) -> bool:
    """ "alleged that X told Y he would resign": what is alleged is that someone spoke,
    no wrong done (unlike "alleged that X lied", "that X said the vote was illegal")."""
    return clause.lemma_ in SPEECH_VERBS and not any(
        t.lower_ in NEGATIVE_WORDS for t in clause.subtree
    )
