"""Armed men sent to help one side against another: "Chad sent troops to help Niger
against Boko Haram", "troops sent by Chad to support Niger against X", "Chad deployed
soldiers to assist Niger against X". Who sends them fights the foe "against" names;
the help itself is the verb's own row (aid or support of the side helped).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.language.lexicon import ARMED_AGENTS
from kg.records import Event, EventKind

HELPING_VERBS = frozenset("help support assist aid back defend protect reinforce".split())
_SENDING = frozenset("send dispatch deploy".split())
_ARMED = ARMED_AGENTS | frozenset("forces force army units contingent peacekeepers".split())
_FIGHT = sense("attack", "190")


def armed_help(ctx: Context, extractor: str) -> Iterator[Event]:
    """The sender of armed men whom a verb of helping sends against a foe."""
    for verb, lemma, _, pos in ctx.scan():
        if lemma in HELPING_VERBS and pos == "VERB":
            yield from _against(ctx, verb, extractor)


def _against(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    foes = g.prep_objects(verb, {"against"})
    if not foes or not _sends_armed_men(verb):
        return
    agents = [k for t in g.subjects(verb) for k in g.actors_of(ctx, t)]
    helped = [k for t in g.direct_objects(verb) for k in g.actors_of(ctx, t)]
    targets = [k for t in foes for k in targets_of(ctx, t) if k not in agents + helped]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _FIGHT, agents, targets,
                           [verb], extractor, 0.65)  # fmt: skip


def _sends_armed_men(verb: Token) -> bool:
    """ "sent troops to help X", "troops sent by Y to help X": the infinitive says
    why armed men are sent."""
    sender = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or sender.lemma_ not in _SENDING:
        return False
    sent = g.direct_objects(sender) if sender.dep_ != "acl" else [sender.head]
    sent += [c for c in sender.children if c.dep_ == "nsubjpass"]
    return any(t.lower_ in _ARMED for t in sent)
