"""A dispute named in a ruling: "a WTO panel ruled against Indonesia in a dispute
brought by Japan" is Japan's dispute with Indonesia, so Japan opposed Indonesia (the
panel's ruling itself is not read as a side taken). Only a ruling the text gives as
made ("will rule against X in a dispute brought by Y" names no ruling yet), and only a
dispute someone is said to have brought ("ruled against X in the dispute" names no
side). Cases and complaints, whose words name their parties, are read by the
trigger table (``case``, ``complaint``: "ruled against X in a case brought by Y").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.modality import told_as_fact
from kg.extract.senses import sense
from kg.records import Event, EventKind

NAME = "rulings"
EXTRACTOR = f"{NAME}/v1"
# verbs of judging with an "against" phrase naming the side that lost
_RULING = frozenset({"rule", "find", "decide", "judge"})
# disputes whose noun names no side of its own ("a dispute brought by X")
_DISPUTES = frozenset({"dispute", "challenge", "row", "fight", "battle", "quarrel"})
# verbs by which a side brings a dispute
_BRINGING = frozenset({"bring", "file", "lodge", "launch", "initiate", "raise", "mount"})
_SUED = sense("accuse", "115")


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if pos == "VERB" and lemma in _RULING:
            yield from _ruling(ctx, token)


def _ruling(ctx: Context, verb: Token) -> Iterator[Event]:
    if not told_as_fact(ctx, verb):
        return
    losers = g.prep_objects(verb, {"against"})
    disputes = [d for d in g.prep_objects(verb, {"in"}) if d.lemma_.lower() in _DISPUTES]
    if not losers or not disputes:
        return
    bringers = [a for d in disputes for c in d.children
                if c.dep_ == "acl" and c.lemma_ in _BRINGING for a in g.agents(c)]  # fmt: skip
    agents = [k for t in bringers for k in g.actors_of(ctx, t)]
    targets = [k for t in losers for k in targets_of(ctx, t) if k not in agents]
    yield from make_events(ctx, verb, disputes[0], EventKind.CONFLICT, _SUED, agents, targets,
                           [verb, *bringers], EXTRACTOR, 0.7)  # fmt: skip
