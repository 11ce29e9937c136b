"""Conflict and cooperation nouns that name two sides.

* ``recipient``: the giver helps the receiver - "$2 billion in aid to X", "X
  approved a loan to Y", "the rebels advanced with support from X", "X's
  support for Y";
* ``between``: both sides act - "fighting between A and B", "a truce between A
  and B", "A's war with B", "the A-B truce", "A and B signed an accord", "a
  deal brokered by C", "A engaged B in fighting".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.bound_parties import bound_parties
from kg.extract.clash_sides import clause_side, had_with
from kg.extract.commerce import MEMBERED
from kg.extract.contact import ARRANGED, not_held
from kg.extract.dashed_pairs import JOINTS, dashed_sides
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import agreed_to, doers, doing_verb
from kg.extract.giving import is_aid, to_hung_elsewhere
from kg.extract.in_support import supported_in
from kg.extract.mood_frames import put_off
from kg.extract.noun_parties import hyphen_keys, hyphened_mediators
from kg.extract.owner_parties import (
    came_from,
    came_to_aid,
    compound_actors,
    owners,
    reached,
    sent_from,
    targets_of_doer,
)
from kg.extract.pact_sides import acting_sides, hung_partners, possessed
from kg.extract.receivers import receiving_verb, subject_owners
from kg.extract.senses import FORCE_ROOTS, Sense, sense_of
from kg.extract.sparked import sparkers
from kg.extract.triggers import Trigger, trigger
from kg.extract.wielding import people_only
from kg.extract.written_debts import debtors
from kg.language.event_words import CAPTIVE_NOUNS, DEBTS
from kg.records import Event, EventKind, Modality

_BACKING = {"support", "backing", "blessing", "endorsement"}
_INTENT = {"pledge", "promise", "offer"}  # (CAMEO 03: intent to give what the noun names)
# Verbs that give something to someone named before it: "offered Peru aid".
_GIVING = {"offer", "give", "send", "provide", "grant", "promise", "pledge", "lend"}


# Nouns that hold what the word before them gives: "an aid package for Peru", "a loan
# programme to Kenya" (the receiver, giver and verb are the holder's, the kind the word's).
_AID_HOLDERS = frozenset({"package", "programme", "program", "tranche", "funds", "money"})


def _names_a_kind(head: Token, trig: Trigger) -> bool:
    """Whether the noun a giving word modifies is a thing of that kind ("a weapons
    depot", "aid workers"), not a giving of it ("arms sales", "aid shipments"), nor
    given to someone ("loan guarantees to Israel")."""
    verb = doing_verb(head)  # "approved $1bn in loan guarantees to Israel"
    if head.pos_ != "NOUN" or any(
        g.prep_objects(t, trig.preps) for t in (head, verb) if t is not None
    ):
        return False
    rows = (trigger(w, "noun") for w in (head.lower_, head.lemma_.lower()))
    return not any(t is not None and t.kind is EventKind.COOPERATION for t in rows)


# What holds back what is given: "restrictions on arms sales to X", "an embargo on
# arms deliveries to X", "a freeze of aid to X".
_RESTRICTING = frozenset(
    """restriction ban embargo curb limit moratorium freeze halt
    suspension cap control veto cut""".split()
)


def recipient_frame(ctx: Context, word: Token, trig: Trigger, extractor: str) -> Iterator[Event]:
    if "aid-object" in trig.flags and not any(map(is_aid, [word, *g.prep_objects(word, {"of"})])):
        return  # "car sales to Peru" give no aid; "arms sales", "a delivery of arms" do
    if "aid-of" in trig.flags and not any(map(is_aid, g.prep_objects(word, {"of"}))):
        return  # "an offer of aid to X" (not "a takeover offer to X")
    # "debt relief for Peru" (not "relief for motorists"); "Italy's cancellation of Peru's
    # debt" relieves the debtor (not "the cancellation of the visit")
    owed = debtors(g.prep_objects(word, {"of"})) if "debt-object" in trig.flags else []
    if (
        "debt-object" in trig.flags
        and not owed
        and not any(c.lemma_ in DEBTS for c in word.children)
    ):
        return
    held = word.dep_ == "compound" and word.head.lemma_ in _AID_HOLDERS
    if word.dep_ == "compound" and not held and _names_a_kind(word.head, trig):
        return  # "struck a weapons depot", "a training camp": a kind of place, none given
    noun = word.head if held else word
    phrase = noun.head if noun.dep_ == "compound" else noun  # "arms" of "arms sales"
    if (
        phrase.dep_ == "pobj"
        and phrase.head.lower_ in {"on", "of"}
        and (phrase.head.head.lemma_.lower() in _RESTRICTING)
    ):
        return  # "restrictions on arms sales to X", "a ban on aid to X": none given
    givers = owners(ctx, noun) or came_from(ctx, noun)
    givers = givers or (sent_from(ctx, noun) if "aid-object" in trig.flags else [])
    direct = "direct-target" in trig.flags  # "investment in China", not "in British firms"
    receivers = [k for t in g.prep_objects(noun, trig.preps)
                 for k in (g.actors_of(ctx, t, include_places=True) if direct else targets_of(ctx, t))]  # fmt: skip
    if not receivers and "to" in trig.preps:  # "India's gift of jets to Nepal"
        receivers = [k for t in to_hung_elsewhere(noun) for k in targets_of(ctx, t)]
    receivers += reached(ctx, noun)  # "aid from X reached Y"
    receivers += [k for t in owed for k in targets_of(ctx, t)]
    receivers += targets_of_doer(ctx, noun, trig)  # "aid sent by X to Y"
    if not receivers and noun.lemma_ in _BACKING and any(c.dep_ == "poss" for c in noun.children):
        # "Japan's backing of Indonesia's bid": with its owner named, "of" is whom it backs
        receivers = [k for t in g.prep_objects(noun, {"of"}) for k in targets_of(ctx, t)]
    verb = doing_verb(noun)
    taker = receiving_verb(noun)
    s = sense_of(trig)
    if verb is not None and verb != taker:  # "accepted aid from X" receives it
        givers = givers or doers(ctx, verb)
        receivers += [k for t in g.prep_objects(verb, trig.preps) for k in targets_of(ctx, t)]
        receivers += [
            k for t in g.direct_objects(verb) if t.i != noun.i for k in targets_of(ctx, t)
        ]  # fmt: skip  "offered Kenya aid"
        if verb.lemma_ in _GIVING and not receivers:  # "offered Peru aid", parsed "Peru aid";
            # "granted Ann Vale asylum", parsed "Ann Vale asylum" (a person's is given to her)
            receivers += [k for k in compound_actors(ctx, noun)
                          if k not in givers and k.startswith(("country/", "person/"))]  # fmt: skip
        if verb.lemma_ in _INTENT:
            s = Sense(s.type, "033" if s.cameo.startswith("07") else "030", s.target_preps)
    elif helped := came_to_aid(ctx, noun):
        givers, receivers, verb = doers(ctx, noun.head.head), helped, noun.head.head
    elif taker is not None:
        # "Ukraine received weapons from Poland": the giver is after "from"
        givers = [k for t in g.prep_objects(taker, {"from"}) for k in g.actors_of(ctx, t)]
        givers = givers or owners(ctx, noun)
        if "aid-object" in trig.flags:  # "took delivery of jets from X", "from" on the jets
            givers = givers or sent_from(ctx, noun)
        # "has the backing of Romania", "won the support of X"
        givers = givers or [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
        receivers = [k for k in doers(ctx, taker) or subject_owners(ctx, taker) if k not in givers]
        verb = taker
    elif (backed := supported_in(ctx, noun)) is not None:
        verb, receivers = backed  # "came out in support of X": the subject backs X
        givers = [k for k in givers or doers(ctx, verb) if k not in receivers]
    elif any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children) or (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and _with_done(noun.head, noun)  # not "contrasted his plan with X's pledge"
        and (g.prep_objects(noun, {"of"}) or (givers := givers or _from_after(ctx, noun)))
    ):  # "with Chinese funding, Laos built", "built the port with Qatari aid"
        # "the rebels advanced with support from Rwanda", "with the backing of Rwanda, the
        # rebels advanced": the clause's subject receives
        givers = givers or [k for t in g.prep_objects(noun, {"of"}) for k in g.actors_of(ctx, t)]
        clause = clause_verb(noun)
        if clause is not None:
            receivers += [k for t in g.subjects(clause) for k in g.actors_of(ctx, t)]
    if not givers and receivers:  # "an IMF loan to Ghana", "EU aid to Ghana": the giver
        givers = [k for k in compound_actors(ctx, noun) if k not in receivers]
    anchor = verb if verb is not None else noun  # a noun in an adjunct keeps its own mood
    yield from make_events(ctx, anchor, word, trig.kind, s, givers, receivers,
                           [word, noun] if held else [word], extractor, 0.7)  # fmt: skip


# Verbs whose object is set beside what "with" names, not done with it.
_SET_BESIDE = frozenset({"compare", "contrast", "replace", "combine", "match", "link", "equate",
                         "associate", "confuse", "mix", "align", "share", "swap", "exchange"})  # fmt: skip


def _with_done(prep: Token, noun: Token) -> bool:
    """A "with" phrase of what a clause is done with, hung on its verb or, by the
    parser, on the verb's object ("rebuilt the port with Qatari aid"; not "contrasted
    its approach with Chile's pledge")."""
    head = prep.head
    if head.pos_ in {"VERB", "AUX"}:
        return True
    return (head.dep_ == "dobj" and head.head.pos_ == "VERB"
            and head.head.lemma_ not in _SET_BESIDE
            and not any(c.dep_ == "poss" for c in noun.children))  # fmt: skip


def _from_after(ctx: Context, noun: Token) -> list[str]:
    """The giver the parser hung on the verb right after the noun: "rebuilt the port
    with financial help from Qatar" ("from" on "rebuilt")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.lower_ != "from" or after.head.i != noun.head.head.i:
        return []
    return [k for t in g.prep_objects(after.head, {"from"}) for k in g.actors_of(ctx, t)]


# Verbs that draw their object into what their "in" phrase names: "engaged X in fighting",
# "A and B are locked / mired in a dispute".
_ENGAGING = frozenset({"engage", "embroil", "involve", "lock", "mire", "entangle"})


def engaging_verb(noun: Token) -> Token | None:
    """The verb that draws someone into the fight ``noun`` names: "A engaged B in
    fierce fighting", "A and B were embroiled in clashes"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "into"} or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.lemma_ in _ENGAGING and verb.pos_ == "VERB" else None


def _of_captives(noun: Token) -> bool:
    """ "a prisoner swap", "a swap of hostages": what is handed over are captives."""
    held = [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"}]
    held += g.prep_objects(noun, {"of"})
    return any(t.lemma_.lower() in CAPTIVE_NOUNS for t in held)


def _hyphened_pair(noun: Token) -> bool:
    """ "the Israel-Hamas truce", "the Kenya-Uganda pact": names joined by a dash
    or a slash before the noun ("the A/B alliance", "the A-B joint venture"), or two
    countries' adjectives ("the Franco-German alliance"; not a dashed participle: "a
    US-brokered deal")."""
    return any(t.text in JOINTS and t.head.tag_ != "VBN" for t in noun.lefts) or any(
        t.text in JOINTS
        and t.head.tag_ != "VBN"
        and t.head.dep_ in {"compound", "amod", "nmod"}
        and _modifies(t.head, noun)
        for t in noun.subtree
        if t.i < noun.i
    )


def _modifies(word: Token, noun: Token) -> bool:
    """Whether ``word`` is in a name before ``noun`` that modifies it: "the Tory-Lib Dem
    coalition" ("Lib" on "Dem", "Dem" on "coalition")."""
    for _ in range(3):
        if word.head.i == noun.i:
            return True
        if word.dep_ != "compound" or word.head.i > noun.i:
            return False
        word = word.head
    return False


def between_frame(ctx: Context, noun: Token, trig: Trigger, extractor: str) -> Iterator[Event]:
    if "captive-object" in trig.flags and not _of_captives(noun):
        return  # "a prisoner swap between A and B"; not "a currency swap"
    sides = [k for t in g.prep_objects(noun, {"between", "among"}) for k in g.actors_of(ctx, t)]
    # "the exchange of prisoners between A and B": the parser hangs "between" on its "of"
    sides += [k for o in g.prep_objects(noun, {"of"}) for t in g.prep_objects(o, {"between"})
              for k in g.actors_of(ctx, t)]  # fmt: skip
    # "a truce brokered by X between A and B": the parser hangs "between" on the participle
    sides += [k for c in g.participles(noun) for t in g.prep_objects(c, {"between", "among"})
              for k in g.actors_of(ctx, t)]  # fmt: skip
    if noun.lower_ in MEMBERED:  # "a consortium of A and B": its members work together
        sides += [k for t in g.prep_objects(noun, {"of"}) if t.pos_ == "PROPN"  # not "of banks"
                  for k in g.actors_of(ctx, t)]  # fmt: skip
    sides += [k for t in g.sides_on_verb(noun) for k in g.actors_of(ctx, t)]
    sides += dashed_sides(ctx, noun) if _hyphened_pair(noun) else []
    engager = engaging_verb(noun)
    verb = doing_verb(noun) or engager
    if verb is None and trig.kind is EventKind.CONFLICT:
        verb = had_with(noun)  # "A had a row with B"
    if verb is None and trig.kind is EventKind.COOPERATION:
        verb = agreed_to(noun)  # "A agreed to a ceasefire with B"
    owners = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    owners = owners or [k for c in g.participles(noun)  # "the truce agreed by A and B"
                        if c.lemma_ in _MAKING_VERBS
                        for t in g.agents(c) for k in g.actors_of(ctx, t)]  # fmt: skip
    act = ratifying_noun(noun) if trig.kind is EventKind.COOPERATION else None
    if act is not None and not owners:  # "X's ratification of the treaty with Y"
        owners = [k for c in act.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
        owners += [k for t in g.prep_objects(act, {"by"}) for k in g.actors_of(ctx, t)]
    partners = [k for t in g.prep_objects(noun, {"with"}) for k in g.actors_of(ctx, t)]
    partners = partners or hung_partners(ctx, noun)  # "attacked A's deal with B"
    if verb is None and not (owners or partners or sides):  # "pay B under a deal signed"
        owners, partners = acting_sides(ctx, noun)
    if verb is None and not owners and partners and trig.kind is EventKind.CONFLICT:
        owners = clause_side(ctx, noun) or sparkers(ctx, noun)  # "X withdrew after clashes with Y"
    elif verb is None and not owners and partners:  # "Under a deal with X, Y will ..."
        owners = bound_parties(ctx, noun)
    if verb is not None:
        owners = owners or ([] if possessed(noun) else doers(ctx, verb))  # not its approver
        partners += [k for t in g.prep_objects(verb, {"with"}) for k in g.actors_of(ctx, t)]
    if engager is not None:  # "A engaged B in fighting": B the other side
        partners += [k for t in g.relative_objects(engager) for k in g.actors_of(ctx, t)]
        if g.is_passive(engager):  # "A and B were embroiled in clashes": both sides
            owners = owners or [k for t in g.subjects(engager) for k in g.actors_of(ctx, t)]
    mediators = [k for t in hyphened_mediators(noun, _BROKERING)  # "an EU-brokered truce"
                 for k in g.actors_of(ctx, t) or hyphen_keys([t])]  # fmt: skip
    # "a truce brokered by X", "signed a truce on Friday, brokered by X" (on the verb)
    later = [c for c in verb.children if c.dep_ == "advcl" and c.i > noun.i] if verb else []
    for c in [*noun.children, *later]:
        if c.dep_ in {"acl", "advcl"} and c.lemma_ in _BROKERING and c.tag_ == "VBN":
            mediators += [k for t in g.agents(c) for k in g.actors_of(ctx, t)]
    if verb is not None and verb.lemma_ in _BROKERING and (len(sides) >= 2 or not partners):
        # "X brokered a truce between A and B", "the truce was brokered by X and Y": who
        # brokers is no side of it (with no sides named, the pact has none; "X brokered a
        # truce with Y": X the other side)
        mediators += doers(ctx, verb)
        owners = [k for k in owners if k not in mediators]
    partners = [k for k in dict.fromkeys(partners) if k not in owners]
    if len(sides) < 2 and owners and len(partners) >= 2 and trig.kind is EventKind.COOPERATION:
        # "agreed a deal with A, B and C": each with the one who agreed, not with each other
        yield from make_events(ctx, verb if verb is not None else noun, noun, trig.kind,
                               sense_of(trig), owners[:1], partners, [noun], extractor, 0.7,
                               one_each=True)  # fmt: skip
        return
    if len(sides) < 2 and not owners and len(partners) >= 2:
        return  # "a deal with A and B" by someone unnamed: A and B are one side
    if len(sides) < 2 and not any(t.conjuncts for t in g.prep_objects(noun, {"between"})):
        sides = list(dict.fromkeys([*sides, *owners, *partners]))  # not "X's merger between A, B"
    sides = list(dict.fromkeys(sides))
    if len(sides) < 2:
        return
    anchor = verb if verb is not None else noun  # a noun in an adjunct keeps its own mood
    if act is not None and verb is None and owners:  # the ratifying's mood, not the pact's
        yield from _ratified(ctx, act, noun, trig, sides, mediators, extractor)
        return
    if trig.kind is EventKind.CONFLICT:  # each side against the other
        if len(sides) > 2:
            return  # "a row between A, B and C": who is against whom it does not say
        directed = Sense(trig.type, trig.cameo)
        armed = all(k.startswith(("country/", "group/")) for k in sides)
        if ("ambiguous" in trig.flags and (g.prep_objects(noun, {"over"}) or not armed)) or (
            trig.cameo[:2] in FORCE_ROOTS and people_only(sides)
        ):
            # "a clash between the firm and the regulator", "fighting between two bosses"
            directed = Sense("criticise", "111")
        for a in sides:
            yield from make_events(ctx, anchor, noun, trig.kind, directed, [a],
                                   [b for b in sides if b != a], [noun], extractor, 0.65)  # fmt: skip
        return
    # "a truce brokered by A and B between C and D": each go-between with the sides,
    # the co-mediators not with each other
    extra = [m for m in dict.fromkeys(mediators) if m not in sides]
    for parties in [[*sides, m] for m in extra] or [sides]:
        yield from make_events(ctx, anchor, noun, trig.kind, sense_of(trig), parties[:1],
                               parties[1:], [noun], extractor, 0.7)  # fmt: skip


# Nouns of a side's own act that makes a pact binding on it: "Peru's ratification of
# the treaty with Chile", "the approval by Chile of its accord with Peru".
_RATIFYING = frozenset({"ratification", "approval", "endorsement", "signing", "signature"})


def ratifying_noun(noun: Token) -> Token | None:
    """The ratifying noun whose "of" names ``noun`` ("X's ratification of the accord"),
    else None."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return None
    act = head.head
    if act.dep_ == "pobj" and act.head.lower_ == "by":  # "the approval by X of the deal"
        act = act.head.head
    return act if act.lower_ in _RATIFYING and act.pos_ == "NOUN" else None


def _ratified(
    ctx: Context,
    act: Token,
    noun: Token,
    trig: Trigger,
    sides: list[str],
    mediators: list[str],
    extractor: str,
) -> Iterator[Event]:
    """A pact ratified with the mood of its ratifying: "X's ratification of the treaty
    with Y is expected" (planned), "X delayed its approval of the deal with Y" (put
    off), "blocked X's ratification of ..." (called off)."""
    verb = act.head if act.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
    anchor = verb if verb is not None and verb.pos_ in {"VERB", "AUX"} else act
    prospective, no = g.noun_mood(act)  # "the planned ratification", "no approval"
    prospective = prospective or (act.dep_ == "nsubjpass" and act.head.lemma_ in ARRANGED)
    off = put_off(act)
    parties = [*sides, *(m for m in mediators if m not in sides)]
    for e in make_events(ctx, anchor, noun, trig.kind, sense_of(trig), parties[:1],
                         parties[1:], [noun], extractor, 0.7):  # fmt: skip
        if off is not None:
            e = not_held(e, off)
        elif prospective:
            e = replace(e, modality=Modality.PLANNED)
        yield replace(e, negated=e.negated or no)


# Verbs by which a third party brings the sides to a pact.
_BROKERING = frozenset({"broker", "mediate", "sponsor", "facilitate"})
# Verbs by which the sides make a pact or fight: "the truce agreed by A and B".
_MAKING_VERBS = frozenset("agree sign reach conclude seal negotiate forge wage fight".split())


def clause_verb(token: Token) -> Token | None:
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return t if t.pos_ in {"VERB", "AUX"} else None
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None
