"""A body's premises, or a paper or broadcaster itself, that someone shuts: "Egypt
closed the bureau of Radio Kalo", "police shut the offices of the Orvin Gazette",
"Radio Kalo's bureau was closed by Egypt", "Georgia closed the channel Tavra TV".
Closing what a body keeps (or the outlet) acts on the body (CAMEO 172, an administrative
sanction) when the body is named by "of" or a possessive and is not the closer
itself ("the firm closed its offices in Leeds" shuts its own). "Shut down" and
"close down" are trigger words of their own (kg.extract.owned_things reads whose
thing they strike)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.modifier_owners import OWNING_DEPS, owning_words
from kg.extract.senses import sense
from kg.language.audiences import names_media
from kg.language.event_words import MEDIA_WORDS
from kg.records import Event, EventKind

PREMISES = frozenset(
    "bureau bureaus bureaux office offices studio studios newsroom newsrooms".split()
)
_BODIES = ("org/", "group/")
_DOWN = frozenset({"down", "up"})  # "shut down" is a trigger word; "shut up" no act on a body


def closed_premises(
    ctx: Context, verb: Token, objects: list[Token], extractor: str
) -> Iterator[Event]:
    """ "X closed the bureau of Y", "X shut Y's offices": X acts on Y."""
    if any(c.dep_ == "prt" and c.lower_ in _DOWN for c in verb.children):
        return
    premises = [o for o in objects if o.lower_ in PREMISES]
    owners = [o for p in premises for o in g.prep_objects(p, {"of"})]
    owners += [o for o in objects if _an_outlet(o)]  # "closed the newspaper X"
    owners += owning_words(premises, OWNING_DEPS - {"amod"})  # a body's: no demonym
    agents = doers(ctx, verb)
    targets = [k for o in owners for c in g.conjuncts(o) for k in g.actors_of(ctx, c)
               if k.startswith(_BODIES) and k not in agents]  # fmt: skip
    if not agents or not targets:
        return
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("sanction", "172"),
                           agents, targets, [*premises, *owners], extractor, 0.7)  # fmt: skip


def _an_outlet(obj: Token) -> bool:
    """Whether a name struck is a paper's or a broadcaster's: "Tavra TV", "the
    newspaper Orvin Daily", "the channel Tavra TV", "Radio Kalo"."""
    if obj.pos_ != "PROPN" and obj.lower_ not in MEDIA_WORDS:
        return False
    words = [t.text for t in obj.subtree if t.i <= obj.i and t.pos_ != "DET"]
    return names_media(words) or any(w.lower() in MEDIA_WORDS for w in words[:-1])
