"""Cooperation (CAMEO 03-08): agree, sign, support, back, praise, welcome, aid.

Constructions: ``A backed/supported/praised/welcomed B``, ``A welcomed B's offer``, passives
(``Backed by Iran and Russia, Haddad ...``), ``A agreed (upon) with B``, ``A worked (closely)
with B``, ``A signed a deal with B``, ``A supplied weapons to B``, ``A is B's (main)
ally/partner``, ``U.S. ally South Korea``, ``a joint operation with B``, ``A and B ratified
the treaty``, and ``A met B and said they had agreed`` (every participant agreed)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import triggers
from kg.extract.agreed_at_meetings import AT_MEETINGS, agreed_at_meeting
from kg.extract.agreed_takeovers import agreed_takeovers
from kg.extract.aid_purposes import aid_purposes
from kg.extract.ally_names import allied_together, named_after, no_more
from kg.extract.backers import BEING, backer_events
from kg.extract.base import Context, same_sentence_and_parties
from kg.extract.carried_aid import carried_aid
from kg.extract.chambers import for_their_state
from kg.extract.commerce import business_deals
from kg.extract.directed import targets_of, verb_events
from kg.extract.directed_events import make_events
from kg.extract.doing import DRILLS, doers, is_drill
from kg.extract.eased import eased_sanctions
from kg.extract.firm_partners import firm_of_partner
from kg.extract.giving import is_aid
from kg.extract.good_ties import RELATIONS, good_relations, restored_ties
from kg.extract.joint_deeds import JOINT_NOUNS, JOINT_TEXTS, jointly_done
from kg.extract.joint_pledges import joint_pledges
from kg.extract.judicial import judicial_cooperation
from kg.extract.led_bodies import led_bodies
from kg.extract.marched_together import marched_together
from kg.extract.modifier_owners import WITH_NMOD, modifier_owners
from kg.extract.nominal import noun_events
from kg.extract.noun_parties import named_key
from kg.extract.outcomes import meeting_outcomes
from kg.extract.owner_parties import came_to_aid
from kg.extract.ratified import RATIFYING, ratified_together
from kg.extract.reductions import reopened_missions
from kg.extract.requested import requested_forces
from kg.extract.senses import sense, verb_senses
from kg.extract.side_by_side import side_by_side
from kg.extract.signed_together import signed_for
from kg.extract.thanked_help import thanked_help
from kg.extract.yielded import yielded
from kg.language.territories import at_home
from kg.records import Event, EventKind

NAME = "cooperation"
EXTRACTOR = f"{NAME}/v1"

VERBS = verb_senses(EventKind.COOPERATION)
_ALLY_NOUNS = {"ally", "allies", "partner", "partners", "backer", "supporter"}
_TRADE = {"trading", "trade", "business", "commercial", "export", "import"}
_REGARD = {"see", "regard", "view", "consider", "treat", "describe", "count"}
_DRILL_WORDS = DRILLS | {"game", "games"}  # the words is_drill asks about ("war games")
# Where one comes to stand by another, words no trigger on their own: "rallied to X's side".
_STANDS = {"side", "rescue"}
# Verbs whose subject is given what their object names: "received tanks from X".
_RECEIVING = {"receive", "get", "obtain", "accept", "secure", "win", "borrow"}
# Money a court or a deal awards is owed, not given: "won 90,000 euros of damages from X in court".
_OWED = {"damages", "compensation", "settlement", "fine", "fines", "costs", "refund", "refunds"}


def extract(ctx: Context) -> Iterator[Event]:
    return _both_ways(for_their_state(ctx, e) for e in _candidates(ctx) if not _sent_home(e))


def _sent_home(event: Event) -> bool:
    """Aid a state sends to its own territory: "France sent 300 police officers to New
    Caledonia" (kg.language.territories)."""
    if event.type != "aid":
        return False
    agents = [p.actor for p in event.participants if p.role == "agent"]
    return at_home(agents, [p.actor for p in event.participants if p.role == "target"])


def _both_ways(events: Iterable[Event]) -> Iterator[Event]:
    """One event per sentence and parties (:func:`unique`), except an act back the
    other way, which is another act: "Ukraine thanked Poland for sending tanks to
    Ukraine" (Ukraine praises Poland, Poland aids Ukraine)."""
    kept: dict[Hashable, list[Event]] = {}
    for event in events:
        group = kept.setdefault(same_sentence_and_parties(event), [])
        if group and all(_reverse(event, other) for other in group):
            group.append(event)
        elif not group or (event.factual and not group[0].factual and len(group) == 1):
            group[:1] = [event]
    for group in kept.values():
        yield from group


def _reverse(one: Event, other: Event) -> bool:
    """Whether two directed events go opposite ways between the same parties."""
    agents, targets = set(one.actors("agent")), set(one.actors("target"))
    return bool(agents and targets) and (agents, targets) == (
        set(other.actors("target")),
        set(other.actors("agent")),
    )


def _candidates(ctx: Context) -> Iterator[Event]:
    yield from verb_events(ctx, VERBS, EventKind.COOPERATION, EXTRACTOR)
    yield from noun_events(ctx, EventKind.COOPERATION, EXTRACTOR)
    yield from eased_sanctions(ctx, EXTRACTOR)  # CAMEO 085: kg.extract.eased
    yield from reopened_missions(ctx, EXTRACTOR)  # the reverse of closing them
    yield from side_by_side(ctx, EXTRACTOR)  # "stood shoulder to shoulder with X"
    yield from yielded(ctx, EXTRACTOR)  # "gave in to X's demands", "let X's inspectors in"
    yield from meeting_outcomes(ctx, EXTRACTOR)  # "the summit ended with a pact"
    yield from led_bodies(ctx, EXTRACTOR)  # "joined the US-led coalition": works with the US
    yield from requested_forces(ctx, EXTRACTOR)  # "sent troops at the request of X's government"
    yield from judicial_cooperation(ctx, EXTRACTOR)  # "arrested Z at X's request"
    yield from jointly_done(ctx, EXTRACTOR)  # "A and B jointly built X", "a joint inquiry"
    yield from marched_together(ctx, EXTRACTOR)  # "athletes of A and B marched together"
    yield from signed_for(ctx, EXTRACTOR)  # "A and B bid, with X and Y signing the letter"
    yield from thanked_help(ctx, EXTRACTOR)  # "A thanked B for its patrols": B aided A
    yield from business_deals(ctx, EXTRACTOR)  # "bought gas from X", "won a contract from X"
    yield from agreed_takeovers(ctx, EXTRACTOR)  # "agreed to a takeover by X"
    yield from carried_aid(ctx, EXTRACTOR)  # "flew tents to X": kg.extract.carried_aid
    yield from aid_purposes(ctx, EXTRACTOR)  # "$20m for flood relief in X"
    yield from backer_events(ctx, EXTRACTOR)  # "Norway, the biggest donor to X"
    for token, lemma, lower, pos in ctx.scan():
        if lower in _ALLY_NOUNS and pos in {"NOUN", "PROPN"}:
            yield from _allies(ctx, token)
        elif (lower in JOINT_NOUNS or (lower in _DRILL_WORDS and is_drill(token))) and (
            any(c.lower_ == "joint" for c in token.children) or _drilled_with(ctx, token)
        ):
            yield from _joint(ctx, token)
        elif lower in _STANDS and pos == "NOUN" and (helped := came_to_aid(ctx, token)):
            verb = token.head.head  # "rallied to Chile's side", "rushed to the rescue of X"
            if lower == "side" and any(k.startswith("person/") for k in helped):
                continue  # "rushed to Ivo Marr's side": at his bedside, no stand
            yield from make_events(ctx, verb, token, EventKind.COOPERATION,
                                   sense("support", "051"), doers(ctx, verb), helped, [token],
                                   EXTRACTOR, 0.65)  # fmt: skip
        elif lemma in AT_MEETINGS and pos == "VERB":
            yield from agreed_at_meeting(ctx, token, EXTRACTOR)
        elif lemma in RATIFYING and pos == "VERB":  # and "approved X's bid to join Y"
            yield from ratified_together(ctx, token, EXTRACTOR)
        elif lemma in _RECEIVING and pos == "VERB" and not g.is_passive(token):
            yield from _received_aid(ctx, token)
        elif "-" in lower and _BACKED.match(token.text):
            yield from _backed(ctx, token)
        elif lower in RELATIONS and pos == "NOUN":
            yield from good_relations(ctx, token, EXTRACTOR)
            yield from restored_ties(ctx, token, EXTRACTOR)


def _received_aid(ctx: Context, verb: Token) -> Iterator[Event]:
    """ "Ukraine received tanks from Germany", "Chad obtained drones from Turkey", "Egypt
    borrowed $1bn from Qatar": the one after "from" aids the subject (aid the trigger
    table names as a noun, "received weapons", has its own frame)."""
    things = [o for o in g.direct_objects(verb) if is_aid(o)]
    if not things or any(triggers.trigger(o.lower_, "noun") for o in things):
        return
    said = [*things, *(c for c in verb.children if c.dep_ == "prep")]
    if any(t.lower_ in _OWED for o in said for t in o.subtree):
        return  # "won 90,000 euros of damages from X in court"
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return  # a subject borrowed from another verb may be no taker ("it covers X, Y receive")
    givers = [k for o in [verb, *things] for t in g.prep_objects(o, {"from"})
              for k in g.actors_of(ctx, t)]  # fmt: skip
    takers = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    if (
        verb.lemma_ == "borrow"
    ):  # a state's borrowing ("Egypt borrowed $1bn from Qatar"), not a firm's
        takers = [k for k in takers if k.startswith("country/")]
    yield from make_events(ctx, verb, verb, EventKind.COOPERATION, sense("aid", "070"), givers,
                           takers, things, EXTRACTOR, 0.7)  # fmt: skip


def _allies(ctx: Context, noun: Token) -> Iterator[Event]:
    """ "Chile is Peru's closest ally", "Chile remains Peru's ally", "U.S. ally South Korea"."""
    if noun.dep_ in {"nmod", "compound", "conj"} and noun.head.lower_ in _ALLY_NOUNS:
        return  # "Peru's closest ally and trading partner": told once, through the head
    if firm_of_partner(ctx, noun) is not None:
        return  # "Harmon Group partner X": a post in the firm (kg.extract.roles)
    nouns = [
        noun,
        *(c for c in noun.children if c.dep_ in {"nmod", "conj"} and c.lower_ in _ALLY_NOUNS),
    ]
    owners = modifier_owners(ctx, nouns, WITH_NMOD - {"amod"})  # no demonym: "a European ally"
    owners += [k for n in nouns for t in g.prep_objects(n, {"of"}) for k in g.actors_of(ctx, t)]
    holders: list[str] = []
    if noun.dep_ == "attr" and noun.head.lemma_ in BEING:
        holders = [k for s in g.subjects(noun.head) for k in g.actors_of(ctx, s)]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_ in _REGARD:
        # "Chad is seen by both the United States and France as a vital partner"
        verb = noun.head.head
        if g.is_passive(verb):
            holders = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
            owners += [k for a in g.agents(verb) for k in g.actors_of(ctx, a)]
        else:
            holders = [k for o in g.direct_objects(verb) for k in g.actors_of(ctx, o)]
            owners += [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    elif noun.dep_ in {"compound", "nmod", "amod"} or noun.dep_ == "appos":
        holders = g.actors_of(ctx, noun.head)
    if not holders and (named := named_after(noun)) is not None:
        holders = g.actors_of(ctx, named)  # "Chad's ally Niger", "its ally Japan"
    traded = any(c.lower_ in _TRADE for c in noun.children) and all(
        n.lower_ in {"partner", "partners"} for n in nouns
    )  # "Japan's biggest trading partner": trade (but "its main ally and trade partner")
    if no_more(noun) or traded:
        return  # "a former ally of X"
    if noun.lower_ in {"partner", "partners"} and not all(
        h.startswith(("country/", "group/")) for h in holders
    ):  # "US partner Biogen Idec": a firm's nationality, not an alliance
        owners = [o for o in owners if not o.startswith("country/")]
    if (
        noun.lower_ in {"partner", "partners"}
        and noun.dep_ == "appos"
        and any(h.startswith("person/") for h in holders)
    ):
        return  # "Ann Holm, executive partner of X": a post at a firm, not an alliance
    # "unnamed allies of X": a group named by the word itself says nothing
    holders = [h for h in holders if not _named_by_ally_word(ctx, h)]
    owners, holders = (owners, holders) if owners else allied_together(noun, holders)
    for owner in dict.fromkeys(owners):  # each owner has the holder as its ally
        yield from make_events(ctx, noun.head, noun, EventKind.COOPERATION,
                               sense("ally", "060", symmetric=True), holders, [owner], [noun],
                               EXTRACTOR, 0.75)  # fmt: skip


def _named_by_ally_word(ctx: Context, key: str) -> bool:
    """An unnamed group called only "allies", "partners", "supporters"."""
    actor = ctx.actors.actors.get(key)
    return (
        actor is not None
        and key.startswith("group/")
        and actor.name.split()[-1].lower() in _ALLY_NOUNS
    )


# Words a joint text (JOINT_TEXTS) is told by: issuing one is speaking together (each a statement, no
# pact), signing or adopting one is agreeing ("signed a joint declaration").
_AGREEING = {"sign", "adopt", "agree", "approve", "endorse", "initial", "ink"}
# Verbs of making or doing something together: "formed a joint task force".
_MAKING = {"form", "set", "create", "establish", "launch", "hold", "conduct", "stage", "issue",
           "sign", "carry", "begin", "start", "announce", "mount", "run", "agree", "adopt"}  # fmt: skip


def _drilled_with(ctx: Context, noun: Token) -> bool:
    """ "conducted military exercises with Australia", "naval drills between Chile and
    Peru": a named partner (not "exercises with live ammunition")."""
    if not is_drill(noun):  # drills held with a partner are joint without the word
        return False
    sides = g.prep_objects(noun, {"with", "between"})
    if noun.dep_ == "dobj" and noun.head.lemma_ in _MAKING:
        sides += g.prep_objects(noun.head, {"with"})
    return any(g.actors_of(ctx, t) for t in sides)


def _joint(ctx: Context, noun: Token) -> Iterator[Event]:
    """ "... from the Dutch government ... in a joint operation with Nordic countries",
    "joint drills between Chile and Peru"; a joint text only when it is agreed
    ("signed a joint declaration"), not when it is issued ("In a joint statement, A
    and B said ...": each speaks)."""
    if noun.lower_ in JOINT_TEXTS and not (
        noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in _AGREEING
    ):
        yield from joint_pledges(ctx, noun, EXTRACTOR)  # "... said both sides would"
        return
    sides = list(dict.fromkeys(k for t in g.prep_objects(noun, {"between"})
                               for k in g.actors_of(ctx, t)))  # fmt: skip
    if len(sides) >= 2:  # "... were planned", "... began": the mood of the noun's verb
        anchor = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else noun
        yield from make_events(ctx, anchor, noun, EventKind.COOPERATION,
                               sense("cooperate", "060", symmetric=True), sides[:1], sides[1:],
                               [noun], EXTRACTOR, 0.65)  # fmt: skip
        return
    partner_tokens = g.prep_objects(noun, {"with"})
    if not partner_tokens and noun.dep_ == "dobj" and noun.head.lemma_ in _MAKING:
        partner_tokens = g.prep_objects(noun.head, {"with"})  # "held joint drills with X"
    partners = [k for t in partner_tokens for k in targets_of(ctx, t)]
    if not partners:
        # "Chile and Peru formed a joint task force": the subjects, with each other
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in _MAKING:
            return
        sides = list(dict.fromkeys(k for s in g.subjects(verb) for k in g.actors_of(ctx, s)))
        if len(sides) >= 2:
            yield from make_events(ctx, verb, noun, EventKind.COOPERATION,
                                   sense("cooperate", "060", symmetric=True), sides[:1],
                                   sides[1:], [noun], EXTRACTOR, 0.65)  # fmt: skip
        return
    agents: list[str] = []
    t = noun
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        for child in t.children:
            if child.dep_ in {"nsubj", "nsubjpass", "poss"} or (
                child.dep_ == "prep" and child.lower_ == "from"
            ):
                cands = (
                    [child]
                    if child.dep_ != "prep"
                    else [c for c in child.children if c.dep_ == "pobj"]
                )
                for c in cands:
                    agents.extend(k for k in g.actors_of(ctx, c) if not k.startswith("person/"))
        if agents:
            break
    # "will hold joint drills with X": the mood of the verb that holds them
    anchor = noun.head if noun.dep_ == "dobj" else noun
    yield from make_events(ctx, anchor, noun, EventKind.COOPERATION, sense("cooperate", "060", symmetric=True),
                           agents, partners, [noun], EXTRACTOR, 0.65)  # fmt: skip


_BACKED = re.compile(r"^(?P<backer>.+)-(?P<how>backed|funded|sponsored|supported|armed|financed|"
                     r"trained|allied)$", re.IGNORECASE)  # fmt: skip


def _backed(ctx: Context, word: Token) -> Iterator[Event]:
    """ "U.S.-backed rebels", "Iran-funded militias" written as one word: the backer
    supports whom the phrase names."""
    found = _BACKED.match(word.text)
    assert found is not None
    backer = found["backer"]
    key = named_key(backer)
    if key is None or not backer[:1].isupper() or word.dep_ not in {"amod", "compound"}:
        return  # "military-backed government": no actor backs it
    backed = [k for k in g.actors_of(ctx, word.head) if k != key]
    code = "072" if found["how"].lower() in {"armed", "trained"} else "070"
    yield from make_events(ctx, word.head, word, EventKind.COOPERATION, sense("support", code),
                           [key], backed, [word.head], EXTRACTOR, 0.75)  # fmt: skip
