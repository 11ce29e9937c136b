"""A deed done "with the help of" someone's acts or services the text names, not them:
"retook the town with the help of US air strikes", "with the assistance of US bombing
raids", "with help from French intelligence" (aid,
CAMEO 070, or support, 051, from whose the strikes are to the doer; an act is no owner
of its own, so the help noun's row found no one). A helper named itself ("with the help
of Kenya", "of US jets") is read by the help noun's own row."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.senses import sense
from kg.records import Event, EventKind

_HELP = {"help": sense("aid", "070"), "assistance": sense("aid", "070"),
         "aid": sense("aid", "070"), "support": sense("support", "051"),
         "backing": sense("support", "051")}  # fmt: skip


def helped_by(ctx: Context, with_: Token, extractor: str) -> Iterator[Event]:
    """Aid from the owner of the means a "with the help of" phrase names."""
    verb = with_.head
    if verb.pos_ != "VERB":
        return
    for noun in (c for c in with_.children if c.dep_ == "pobj" and c.lower_ in _HELP):
        means = g.prep_objects(noun, {"of", "from"})  # "with help from French intelligence"
        if not means or any(g.actors_of(ctx, m) for m in means):
            continue  # no means named, or the helper itself (the help noun's own row)
        # whose the acts are, named before them ("US drone strikes")
        owners = [k for m in means for c in m.subtree if c.dep_ in {"compound", "amod", "nmod"}
                  and c.i < m.i for k in [g.actor_of(ctx, c)] if k]  # fmt: skip
        helped = doers(ctx, verb)
        owners = [k for k in dict.fromkeys(owners) if k not in helped]
        if owners and helped:
            yield from make_events(ctx, verb, noun, EventKind.COOPERATION, _HELP[noun.lower_],
                                   owners, helped, [noun], extractor, 0.6)  # fmt: skip
