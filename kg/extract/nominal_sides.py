"""Conflict and cooperation nouns that name two sides (the ``recipient`` frame, where
the giver helps the receiver, is :mod:`kg.extract.recipient_frames`).

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
from kg.extract.dashed_pairs import dashed_sides
from kg.extract.directed_events import make_events
from kg.extract.doing import agreed_to, doers, doing_verb
from kg.extract.firm_deals import firms_deal
from kg.extract.mood_frames import put_off
from kg.extract.noun_parties import hyphen_keys, hyphened_mediators
from kg.extract.pact_sides import acting_sides, hung_partners, possessed
from kg.extract.senses import FORCE_ROOTS, Sense, sense_of
from kg.extract.sparked import sparkers
from kg.extract.triggers import Trigger
from kg.extract.wielding import people_only
from kg.language.event_words import CAPTIVE_NOUNS
from kg.language.lexicon import NAME_JOINTS
from kg.records import Event, EventKind, Modality

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
    return any(t.text in NAME_JOINTS and t.head.tag_ != "VBN" for t in noun.lefts) or any(
        t.text in NAME_JOINTS
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
    if _hyphened_pair(noun):
        dashed = dashed_sides(ctx, noun)
        if firms_deal(ctx, noun):  # "the Brazil-Peru steel merger": the firms' homes
            dashed = [k for k in dashed if not k.startswith("country/")]
        sides += dashed
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
