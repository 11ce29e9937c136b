"""People of two or more parties who go or compete together: "athletes of A and B
marched together under one flag", "teams from A and B paraded together" (the parties
cooperate, CAMEO 060). The parties are named after "of" or "from" a noun of people
the verb's subject is; a verb with an event of its own is left to its extractor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.shared_deeds import cooperate_among
from kg.records import Event

# Verbs of going or taking part side by side: "marched together", "competed together".
_GOING = frozenset("march parade walk enter compete play train perform".split())


def marched_together(ctx: Context, extractor: str) -> Iterator[Event]:
    """Cooperation among the parties whose people did one thing together."""
    for token, _, lower, _ in ctx.scan():
        if lower not in {"together", "jointly"} or token.dep_ != "advmod":
            continue
        verb = token.head
        if verb.pos_ != "VERB" or verb.lemma_ not in _GOING:
            continue
        sides = [k for s in g.subjects(verb) for k in _parties(ctx, s)]
        yield from cooperate_among(ctx, verb, token, sides, "060", extractor)


def _parties(ctx: Context, people: Token) -> list[str]:
    """ "athletes of A and B": two or more named parties the people are of or from."""
    if people.pos_ != "NOUN":
        return []
    named = [o for o in g.prep_objects(people, {"of", "from"}) if o.pos_ == "PROPN"]
    keys = [k for o in named if g.conjuncts(o)[1:] for k in g.actors_of(ctx, o)]
    return list(dict.fromkeys(keys))
