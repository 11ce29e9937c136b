"""The events of agents acting on targets, once the directed extractors have found
them (:mod:`kg.extract.directed`): doubled names and pacts dropped, partners each on
their own ("agreed a deal with A, B and C"), sides of a clash each against the other,
the mood (a stated intent, a reported feud) and who claims it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import accidents
from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.claims import claimant
from kg.extract.hearsay import HEARSAY_ADJECTIVES, told_in_hearsay
from kg.extract.senses import Sense
from kg.extract.trade_parties import trade_parties
from kg.extract.wielding import worked_together
from kg.records import Event, EventKind, Modality, Participant

INTENT_CODES = {"06": "031", "07": "033", "04": "036", "08": "035"}  # CAMEO 03x: intent


def make_events(
    ctx: Context,
    anchor: Token,
    trigger: Token,
    kind: EventKind,
    s: Sense,
    agents: list[str],
    targets: list[str],
    tokens: list[Token],
    extractor: str,
    confidence: float,
    *,
    one_each: bool = False,
) -> Iterator[Event]:
    """Events of ``agents`` acting on ``targets``. ``one_each``: the targets are
    partners on one side ("agreed a deal with A, B and C"), so each gets an event of
    its own with the agents, and none is paired with another."""
    agents = [a for a in dict.fromkeys(agents) if not a.startswith("agreement/")]
    # a law or treaty is what is backed or opposed, not a party ("defended the Licensing Act")
    targets = [
        t for t in dict.fromkeys(targets) if t not in agents and not t.startswith("agreement/")
    ]
    if one_each and agents and len(targets) > 1:
        for t in targets:
            yield from make_events(ctx, anchor, trigger, kind, s, agents, [t], tokens, extractor,
                                   confidence)  # fmt: skip
        return
    among = s.symmetric and not targets and len(agents) >= 2  # "A and B clashed"
    if among:
        if "together-only" in s.flags and not worked_together(anchor):
            return  # "A and B worked as contractors": no one with anyone
        agents, targets = agents[:1], agents[1:]  # "A and B signed a deal": mutual
    if s.symmetric and kind is EventKind.CONFLICT:
        # each side against the other ("A and B clashed with C": not A against B)
        sides = [*agents, *targets]
        for a in sides:
            others = [b for b in sides if b != a and (among or (a in agents) != (b in agents))]
            yield from make_events(ctx, anchor, trigger, kind, replace(s, symmetric=False), [a],
                                   others, tokens, extractor, confidence)  # fmt: skip
        return
    agents, targets = trade_parties(ctx, anchor, trigger, kind, s, agents, targets)
    if not agents or not targets or accidents.by_accident(s.cameo, anchor, trigger):
        return  # "accidentally shot down a jet": no attack
    roles = ("participant", "participant") if s.symmetric else ("agent", "target")
    participants = [Participant(a, roles[0]) for a in agents] + [
        Participant(t, roles[1]) for t in targets
    ]
    claimed = claimant(ctx, anchor)
    if claimed in agents or claimed in targets:
        claimed = None
    mood, cameo = g.modality(ctx, anchor), s.cameo
    if (
        kind is EventKind.COOPERATION
        and mood is Modality.PLANNED
        and s.type != "praise"  # "promised to hail X": praise comes when it is said
        and g.intent(anchor) is not None
    ):
        # "Tokyo was willing to work with Seoul": the stated intent is the event
        mood, cameo = Modality.ASSERTED, INTENT_CODES.get(cameo[:2], "030")
    reported = told_in_hearsay(trigger)  # "reports of a feud between A and B"
    if mood is Modality.ASSERTED and (reported or any(
        c.dep_ == "amod" and c.lower_ in HEARSAY_ADJECTIVES for c in trigger.children
    )):  # fmt: skip
        mood = Modality.ALLEGED  # "the reported feud between A and B", "the alleged attack"
    yield Event(
        kind=kind,
        type=s.type,
        participants=tuple(participants),
        evidence=ctx.evidence([trigger, *tokens], extractor, confidence),
        trigger=trigger.text,
        cameo=cameo,
        modality=mood,
        negated=g.negated(anchor),
        claimed_by=claimed,
        date_text=g.date_of(anchor),
    )
