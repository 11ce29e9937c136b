"""Conflict and cooperation named by nouns, one frame per way the noun finds its parties.

* ``owner``: the owner acts on the target - "Russia's invasion of Ukraine", "Israeli
  strikes on Hezbollah", "the attack by Peru on Chile", "genocide charges against the
  president", "complaints from his counterpart", "gave Iraq an ultimatum";
* ``imposed``: whoever imposes it acts on the target - "imposed sanctions on X",
  "anti-X sanctions", "an embargo against X", "putting tariffs on X";
* ``recipient`` and ``between`` (:mod:`kg.extract.nominal_sides`): the giver
  helps the receiver - "$2 billion in aid to X"; both sides act - "fighting
  between A and B", "a deal brokered by C";
* ``demanded``: a demand against whoever would go - "called for the minister's
  resignation".

The nouns and their frames are rows of ``data/triggers.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Set
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.collective import labour_sense
from kg.extract.concerns import not_welfare
from kg.extract.content_clauses import content_subjects
from kg.extract.demand_nouns import demanded_of
from kg.extract.designations import punished_listing
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import (
    doers,
    doing_verb,
    is_nominal,
    lifted,
    measured,
    names_an_actor,
    relative_doing,
)
from kg.extract.firm_deals import firms_among
from kg.extract.forums import compounded, lodged_in
from kg.extract.giving import handed_to, refused
from kg.extract.held_nouns import held_by_noun
from kg.extract.imposers import imposer_targets, imposing_parties, standing_body
from kg.extract.judicial import no_suit, sued_before, sued_kinds
from kg.extract.nominal_sides import between_frame
from kg.extract.noun_phrases import first_words, last_words, phrase_row
from kg.extract.owner_parties import (
    adjunct_verb,
    came_from,
    campaign_parties,
    compound_actors,
    done_by,
    fronted_owners,
    hidden_agents,
    hidden_targets,
    lodged_with,
    owners,
    struck_country,
    struck_targets,
    struck_with,
    targets_of_doer,
)
from kg.extract.receivers import appositive_bearer, drawing_verb, hit_by, subject_owners
from kg.extract.recipient_frames import recipient_frame
from kg.extract.repaid import repayers
from kg.extract.responses import answerers
from kg.extract.senses import HOSTILE_ROOTS, Sense, sense_of, trigger_nouns
from kg.extract.sought import asking_verb, wanted_not_done
from kg.extract.sponsors import sponsored_by
from kg.extract.struck import means_owners, struck_place
from kg.extract.taken_ground import taken_captive
from kg.extract.threatened_nouns import threat_of, threatened
from kg.extract.threats import threatened_act
from kg.extract.traded_goods import bloc_makers, goods_sources
from kg.extract.triggers import SAYING_ROOTS, Trigger
from kg.extract.undergone import done_deed, held_in_custody, undergoing_owner
from kg.extract.warring import figurative, warring_pairs
from kg.extract.wielding import is_idea, spoken, worded
from kg.language.demand_words import LEAVING_NOUNS
from kg.records import Event, EventKind, Modality


def noun_events(ctx: Context, kind: EventKind, extractor: str) -> Iterator[Event]:
    """Every event of ``kind`` named by a noun of the trigger table."""
    lexicon, ends, firsts = trigger_nouns(kind), last_words(kind), first_words(kind)
    for token, lemma, lower, _ in ctx.scan():
        trig = lexicon.get(lower) or lexicon.get(lemma.lower())
        if lower in firsts:  # "the shooting down of X"
            trig = _with_particle(lexicon, token, lower) or trig
        if lower in ends or lemma in ends:  # "military action", "a bail-out"
            trig = phrase_row(ctx, token, lower, lemma, kind) or trig
        if trig is None or trig.frame not in FRAMES or not is_nominal(token):
            continue
        if names_an_actor(ctx, token):
            continue
        asker = asking_verb(token) if trig.frame in {"owner", "imposed"} else None
        if asker is not None and trig.cameo[:2] in HOSTILE_ROOTS and not owners(ctx, token):
            yield from _sought(ctx, token, trig, asker, extractor)
            continue
        threat = threat_of(token) if trig.cameo[:2] in HOSTILE_ROOTS else None
        if threat is not None:  # "its threat of military action against X": not done
            yield from threatened(ctx, token, trig, threat, extractor)
            continue
        events = FRAMES[trig.frame](ctx, token, trig, extractor)
        prospective, denied = g.noun_mood(token)  # "a possible invasion", "no sanctions on X"
        denied = denied or (trig.frame == "recipient" and refused(token, trig.cameo))
        if prospective or (trig.frame != "demanded" and wanted_not_done(token)):
            # "called for sanctions on X", "talks on a truce": sought, not done
            # an offer or a pledge is itself the event (CAMEO 03x), the aid not yet given
            events = (e if e.cameo.startswith("03") else replace(e, modality=Modality.PLANNED)
                      for e in events)  # fmt: skip
        yield from (replace(e, negated=e.negated or denied) for e in events)


def _with_particle(lexicon: dict[str, Trigger], token: Token, lower: str) -> Trigger | None:
    """A noun read with its particle ("the shooting down of X", "X's shooting down of
    Y") names the row written with both words."""
    parts = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return lexicon.get(f"{lower} {parts[0]}") if parts else None


def _sought(ctx: Context, noun: Token, trig: Trigger, asker: Token,
            extractor: str) -> Iterator[Event]:  # fmt: skip
    """ "X called for sanctions against Y", "urged a boycott of Y", "threatened
    strikes on Y": asking for (or threatening) a hostile act against Y is itself a
    stand against Y (CAMEO 110, or 130 for a threat), asserted as the asking is;
    who would carry the act out is left open (never a target: "new UN sanctions")."""
    agents = doers(ctx, asker)
    targets = [k for t in g.prep_objects(noun, trig.preps - {"by", "from"})
               for k in targets_of(ctx, t)]  # fmt: skip
    targets += [k for k in compound_actors(ctx, noun) if k not in agents and not standing_body(k)]
    s = Sense("threaten", "130") if asker.lemma_ == "threaten" else Sense("criticise", "110")
    yield from make_events(ctx, asker, noun, trig.kind, s, agents, targets, [asker, noun],
                           extractor, 0.65)  # fmt: skip


# Codes of words, not deeds: criticism, rejection, threats, protest (CAMEO 11-14); not
# a lawsuit, which a country before it says where it is filed ("a US lawsuit against X").
_WORDED = {"11", "12", "13", "14"}


def _aimed_elsewhere(ctx: Context, noun: Token, trig: Trigger) -> bool:
    """ "the US rebuke of Israel": the noun names whom it is aimed at, so the actor
    compounded before it is whose it is ("the Russia criticism" alone says neither)."""
    aimed = g.prep_objects(noun, trig.preps - {"by", "from", "in"})
    return trig.cameo != "115" and any(targets_of(ctx, t) for t in aimed)


def _owner_frame(ctx: Context, noun: Token, trig: Trigger, extractor: str) -> Iterator[Event]:
    if trig.cameo == "115" and no_suit(noun):
        return  # "X dropped its case against Y"
    if "punished-as" in trig.flags and not punished_listing(noun):
        return  # "the listing of Y's shares"; "X's designation of Y as a terrorist group"
    campaign_owners, campaign_targets = campaign_parties(ctx, noun, trig)
    # "Iraq's invasion and annexation of Kuwait": the nouns share owner and target
    first = noun.head if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else noun
    later = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    undergone_by, undergoers = undergoing_owner(ctx, noun, trig)  # "X's arrest by police"
    owned = (
        undergone_by
        or owners(ctx, noun)
        or (owners(ctx, first) if first is not noun else [])
        or campaign_owners
        or means_owners(ctx, noun, trig.cameo)  # "Russian missile strikes"
    )
    if not owned and trig.cameo[:2] == "10":  # "Tory demands that X", "US pressure on X"
        owned = compound_actors(ctx, noun)
    elif not owned and trig.cameo[:2] in _WORDED and _aimed_elsewhere(ctx, noun, trig):
        owned = compounded(ctx, noun)  # "US criticism of Egypt", "the EU condemnation of X"
    agents = owned or hidden_agents(ctx, noun, trig) or came_from(ctx, noun) or [
        k for t in g.prep_objects(noun, {"by"}) for k in sponsored_by(ctx, trig.cameo, t)]  # fmt: skip
    aimed = trig.preps - {"by", "from"}
    targets = [k for t in not_welfare(trig.cameo, g.prep_objects(noun, aimed)) or [o for c in later
               for o in g.prep_objects(c, aimed)] for k in targets_of(ctx, t)
               or held_in_custody(ctx, trig, t)]  # fmt: skip
    targets = _not_where(ctx, noun, aimed, targets)
    targets += campaign_targets + undergoers  # "a bombing campaign against X"
    targets += targets_of_doer(ctx, noun, trig)  # "the attack carried out by X on Y"
    fronted = [] if agents else fronted_owners(ctx, noun, trig, aimed_at=bool(targets))
    if fronted:  # "the US invasion of Iraq", "killed in a US drone strike"
        targets = targets or struck_targets(ctx, noun, trig, fronted)  # "a US strike near Homs":
        targets = [
            k for k in targets or struck_country(ctx, noun, trig, fronted) if k not in fronted
        ]
        agents = fronted if targets else []
    if trig.cameo[:2] != "11" or not targets:  # "X's WTO case against Y": WTO is the forum
        targets += [k for k in compound_actors(ctx, noun) if k not in agents  # "a Ukraine offensive"
                    and not lodged_in(noun, k)]  # fmt: skip
    targets = targets or hidden_targets(ctx, noun, trig, agents)
    if not targets and trig.cameo[:2] in SAYING_ROOTS:
        # "complaints by X that Y's exports ...", never X itself
        targets = [k for k in content_subjects(ctx, noun) if k not in agents]
    if not targets and trig.type == "demand":  # "X's demand that Y halt", "for Y's withdrawal"
        targets = [k for k in demanded_of(ctx, noun) if k not in agents]
    aimed_act = threatened_act(noun) if trig.type == "threaten" else None
    if aimed_act is None or not aimed_act[0]:  # not "X dismissed Y's threat to attack Z"
        targets = targets or answerers(ctx, noun, trig, agents)  # "X rejected Y's accusations"
    if not targets and (hit := hit_by(noun)) is not None:  # "Gaza was hit by Israeli strikes"
        targets = [k for t in g.subjects(hit) for k in g.actors_of(ctx, t) if k not in agents]
        targets = targets or struck_place(ctx, g.subjects(hit), agents)  # "Kyiv was hit by"
    under = noun.dep_ == "pobj" and noun.head.lower_ == "under" and not targets
    if under:  # "Peru came under attack from Chile": the one under it is the target
        held = noun.head.head
        agents = agents or [k for t in g.prep_objects(held, {"from"}) for k in g.actors_of(ctx, t)]
        targets = [k for s in g.subjects(held) for k in targets_of(ctx, s) if k not in agents]
    verb = doing_verb(noun)
    if verb is not None:
        if not agents:
            agents = doers(ctx, verb)
        if verb.lemma_ == "join":  # "joined Tory and Green opposition to X": allies of those
            targets = [k for k in targets if k not in compound_actors(ctx, noun)]
        # "launched strikes against X in Syria": once the act names its target, the
        # verb's "in" phrase says where it happened ("launched strikes in Syria": Syria)
        where = {"by", "from", "of", "in"} if targets else {"by", "from", "of"}
        targets += [k for t in g.prep_objects(verb, trig.preps - where)
                    for k in targets_of(ctx, t)] or handed_to(ctx, noun)  # fmt: skip
    targets = (targets or struck_country(ctx, noun, trig, agents) or lodged_with(ctx, noun, trig, verb)
               or sued_before(ctx, noun, trig, verb) or repayers(ctx, noun, agents))  # fmt: skip
    if trig.cameo == "115":  # "a lawsuit against those operating X servers": not X
        targets = [k for k in targets if k not in sued_kinds(ctx, noun, aimed)]
    agents, targets = held_by_noun(ctx, noun, trig, verb, agents, targets)  # "for two Danish men"
    act = threatened_act(noun) if trig.type == "threaten" and not targets else None
    if act is not None:  # "Iran's threat to retaliate against Israel": whom it would hit
        targets = [k for t in act[0] for k in targets_of(ctx, t) if k not in agents]
    # a noun in an adjunct keeps its own mood, but not "in protest at X"; what is
    # drawn has the mood of its drawing ("may face criticism from X", "could come
    # under attack")
    if "idea-only" in trig.flags and any(ctx.actors.at(t.i) for t in g.prep_objects(noun, aimed)):
        return  # "the dismissal of the minister" is a sacking, no rejection of anyone
    if "captive-object" in trig.flags and not taken_captive(ctx, noun):
        return  # "the capture of the Chinese market" takes no one
    if "firm-object" in trig.flags and not firms_among(ctx, g.prep_objects(noun, {"of"})):
        return  # "X's purchase of Norvik Foods", not "of a house" nor "of Chile's gas"
    drawer = noun.head.head if under else drawing_verb(noun)
    anchor = verb or drawer or (None if owned else adjunct_verb(noun)) or noun
    s = labour_sense(sense_of(trig), noun)  # "went on strike against X": a protest
    if act is not None and act[1]:
        s = Sense("threaten", "138")  # a threat of force
    if noun.lemma_ == "war" and figurative(noun):
        s = Sense("criticise", "111")  # "China's trade war with the US": no arms
    if "mutual-with" in trig.flags and (pairs := warring_pairs(ctx, noun, verb, agents)):
        for a, b in pairs:  # "A and B fought a war", "A's war with B": each side
            yield from make_events(ctx, anchor, noun, trig.kind, s, [a], [b], [noun],
                                   extractor, 0.7)  # fmt: skip
        return
    # "X came under fire from Y for its policy", "X's plan came under fire", "drew fire"
    if "ambiguous" in trig.flags and drawer is not None and spoken(drawer, agents):
        s = Sense("criticise", "111")  # words, not arms
    if "ambiguous" in trig.flags and (
        any(map(is_idea, g.prep_objects(noun, trig.preps))) or worded(noun, agents, targets)
    ):  # "launched an attack on Labour's spending plans", "a scathing attack on X"
        s = Sense("criticise", "111")
    yield from make_events(ctx, anchor, noun, trig.kind, s, agents, targets, [noun],
                           extractor, 0.7)  # fmt: skip


def _imposed_frame(ctx: Context, noun: Token, trig: Trigger, extractor: str) -> Iterator[Event]:
    if lifted(noun) is not None and relative_doing(noun) is None and not done_by(noun):
        return  # "eased its embargo on X": taken away (kg.extract.eased); "the sanctions
        # Canada imposed on X were lifted" were imposed first
    named = [k for t in measured(noun, trig.preps) for k in targets_of(ctx, t)]
    named += bloc_makers(g.prep_objects(noun, trig.preps))  # "duties on European cheese"
    # "the imposition of sanctions on X by Y", "sanctions by the EU on X"
    imposing, aimed = imposing_parties(ctx, noun, trig.preps)
    named = named or aimed or imposer_targets(ctx, noun, trig.preps)
    targets, imposers, qualifiers = list(named), list[str](), list[str]()
    for c in noun.children:
        keys = [k for t in c.subtree for k in g.actors_of(ctx, t)]
        if c.dep_ in {"amod", "compound", "nmod"} and c.lower_.startswith("anti-"):
            targets += keys
        elif c.dep_ == "compound" or (c.dep_ == "amod" and ctx.actors.at(c.i)):
            # "US sanctions on Iran": who imposes them; "Iran sanctions": on whom
            # ("Iranian sanctions" alone may be either)
            (imposers if named else targets if c.dep_ == "compound" else []).extend(keys)
            qualifiers += keys
    verb = doing_verb(noun)
    agents = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    origins = goods_sources(noun, g.prep_objects(noun, trig.preps))  # "on peas from X": not X's
    agents = agents or imposers or [k for t in g.prep_objects(noun, {"from", "by"})
                                    if t not in origins for k in g.actors_of(ctx, t)] or imposing  # fmt: skip
    # "sanctions imposed by X on Y"
    agents = agents or [k for c in done_by(noun) for t in g.agents(c) for k in g.actors_of(ctx, t)]
    targets += targets_of_doer(ctx, noun, trig)
    if verb is not None:
        agents = agents or doers(ctx, verb)
        targets += [k for t in measured(verb, trig.preps) for k in targets_of(ctx, t)]
    elif (hit := hit_by(noun)) is not None:  # "X faces sanctions from Y", "X was hit by them"
        verb = hit
        if hit.lemma_ != "hit" or noun.head.lower_ == "with":  # "was hit with them by Y"
            agents = agents or [k for t in g.agents(hit) for k in g.actors_of(ctx, t)]
        hit_ones = [k for t in g.subjects(hit) for k in g.actors_of(ctx, t)]
        hit_ones = hit_ones or subject_owners(ctx, hit)  # "X's support for Y drew sanctions"
        if not named:  # "Iran was hit by US sanctions", "faces EU sanctions": the US, the EU
            targets = [k for k in targets if k not in qualifiers]
            agents = agents or [k for k in qualifiers if k not in hit_ones]
        targets += [k for k in hit_ones if k not in agents]
    elif (wielder := struck_with(noun)) is not None:  # "Canada hit Russia with sanctions"
        verb = wielder
        agents = agents or doers(ctx, verb)
        targets += [k for t in g.direct_objects(verb) for k in targets_of(ctx, t)]
    elif not named and (bearer := appositive_bearer(noun)) is not None:
        # "Iran, the target of US sanctions,": the US's, on Iran
        borne = [k for k in targets_of(ctx, bearer) if k not in qualifiers]
        agents = agents or [k for k in qualifiers if k not in borne]
        targets = [k for k in targets if k not in qualifiers] + borne
    if verb is None and not agents:
        return
    targets = targets or repayers(ctx, noun, agents)  # "in retaliation for EU sanctions, X"
    s = labour_sense(sense_of(trig), noun)  # "the union's strike against X": a protest
    yield from make_events(ctx, verb or noun, noun, trig.kind, s, agents, targets,
                           [verb or noun], extractor, 0.75)  # fmt: skip


def _demanded_frame(ctx: Context, noun: Token, trig: Trigger, extractor: str) -> Iterator[Event]:
    """ "called for the minister's resignation", "demanded the removal of X": a
    demand against whoever would go."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if not (
        (noun.dep_ == "pobj" and noun.head.lower_ == "for" and verb.lemma_ in _CALLING)
        or (noun.dep_ == "dobj" and verb.lemma_ in _DEMANDING)
    ):
        if (deed := done_deed(noun, trig)) is not None:  # "the arrest of X by police"
            yield from _owner_frame(ctx, noun, deed, extractor)
        return
    targets = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    targets += [k for t in g.prep_objects(noun, trig.preps) for k in g.actors_of(ctx, t)]
    held = g.prep_objects(noun, {"of"})
    if "from" in trig.preps:  # "the extradition of the suspects from X": hung on them
        targets += [k for o in held for t in g.prep_objects(o, {"from"})
                    for k in g.actors_of(ctx, t)]  # fmt: skip
    if noun.lemma_.lower() in LEAVING_NOUNS:  # "the withdrawal of Russian troops from X"
        left = {k for o in [noun, *held] for t in g.prep_objects(o, {"from"})
                for k in g.actors_of(ctx, t)}  # fmt: skip
        targets = [k for k in targets if k not in left]
    agents = doers(ctx, verb)
    yield from make_events(ctx, verb, noun, trig.kind, sense_of(trig), agents, targets, [verb],
                           extractor, 0.7)  # fmt: skip


_CALLING = {"call", "press", "push", "campaign", "ask", "appeal", "clamour", "clamor"}
_DEMANDING = {"demand", "seek", "urge", "want", "request"}

Frame = Callable[[Context, Token, Trigger, str], Iterator[Event]]
FRAMES: Mapping[str, Frame] = {
    "owner": _owner_frame,
    "imposed": _imposed_frame,
    "recipient": recipient_frame,
    "between": between_frame,
    "demanded": _demanded_frame,
}


def _not_where(ctx: Context, noun: Token, aimed: Set[str], targets: list[str]) -> list[str]:
    """ "strikes on PKK targets in northern Iraq", "the war against the Taliban in Afghanistan":
    when the act names whom it is aimed at, its "in" phrase says where it happens, and the
    country there is no target ("strikes in Iraq", with no one named, still hit Iraq)."""
    inside = aimed & {"in", "inside"}  # ("strikes on X inside Iraq")
    if not inside:
        return targets
    aimed_at = [k for t in g.prep_objects(noun, aimed - inside) for k in targets_of(ctx, t)]
    if not aimed_at:
        return targets
    where = {k for t in g.prep_objects(noun, inside) for k in targets_of(ctx, t)}
    return [k for k in targets if k in aimed_at or k not in where]
