"""Standing together, said by an idiom of bodies side by side: "Britain stood shoulder to
shoulder with the United States", "fought side by side with Kurdish forces", "vowed to
stand shoulder-to-shoulder with Taiwan" (support, CAMEO 051, toward who comes after
"with"); "France and Germany stood shoulder to shoulder" (both ways, 050); working "hand
in hand" (with X) is cooperation both ways (050), no stand behind the partner.

The parser splits the idiom anyhow (an object, an adverb, a clause of its own) and hangs
"with" on its last word, so the idiom is read from the words in a row and its partner
from the "with" right after it. Who stands is the subject of the verb over the idiom.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.doing import doers
from kg.extract.senses import sense
from kg.records import Event, EventKind

# The idioms' words in a row: "shoulder to shoulder", "side by side".
_IDIOMS = {("shoulder", "to", "shoulder"), ("side", "by", "side"), ("hand", "in", "hand")}
_SUPPORT = sense("support", "051")
_TOGETHER = sense("cooperate", "050", symmetric=True)


def side_by_side(ctx: Context, extractor: str) -> Iterator[Event]:
    """Support (or, with no partner named, cooperation among the subjects) the idiom says."""
    for token, _, lower, _ in ctx.scan():
        if lower not in {"shoulder", "side", "hand"} or (last := _idiom_end(token)) is None:
            continue
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            continue
        standers = doers(ctx, verb)
        after = token.doc[last.i + 1] if last.i + 1 < len(token.doc) else None
        if after is not None and after.lower_ == "with":
            partners = [k for o in g.prep_objects(after.head, {"with"}) if o.i > after.i
                        for k in g.actors_of(ctx, o)]  # fmt: skip
            how = _TOGETHER if lower == "hand" else _SUPPORT  # "worked hand in hand with X"
            yield from make_events(ctx, verb, token, EventKind.COOPERATION, how, standers,
                                   partners, [token, last], extractor, 0.65)  # fmt: skip
        elif len(standers) >= 2:  # "A and B stood shoulder to shoulder"
            yield from make_events(ctx, verb, token, EventKind.COOPERATION, _TOGETHER, standers,
                                   [], [token, last], extractor, 0.6)  # fmt: skip


def _idiom_end(first: Token) -> Token | None:
    """The idiom's last word when ``first`` opens one, hyphens or not."""
    doc = first.doc
    words = [t for t in doc[first.i : first.i + 6] if t.text != "-"][:3]
    if tuple(t.lower_ for t in words) not in _IDIOMS:
        return None
    return words[-1]
