"""Thanks for help a state gave: "Samoa thanked New Zealand for its help after the
cyclone", "Fijian Prime Minister X thanked Japan for its fisheries patrols". The state
thanked aided (CAMEO 070) the thanker's state: the thanker itself, or the country its
title names ("Fijian"). Only help that is the thanked party's own ("its help", "the
patrols"), not another's ("for Chile's help"), nor thanks for words ("for its statement").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.records import Event, EventKind

_HELP = frozenset(
    """help aid assistance support patrol patrols protection donation donations contribution
    contributions funding loan loans grant grants relief troops deployment rescue""".split()
)
_STATES = ("country/", "org/")


def thanked_help(ctx: Context, extractor: str) -> Iterator[Event]:
    """The thanked state aiding the thanker's state (see the module)."""
    for token, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma != "thank" or g.is_passive(token):
            continue
        helps = [n for n in g.prep_objects(token, {"for"}) if n.lemma_.lower() in _HELP]
        if not helps or not all(_own(n) for n in helps):
            continue
        givers = [k for o in g.direct_objects(token) for k in g.actors_of(ctx, o)]
        givers = [k for k in givers if k.startswith(_STATES)]
        helped = [k for s in g.subjects(token) for k in _state_of(ctx, s)]
        helped = [k for k in dict.fromkeys(helped) if k not in givers]
        if givers and helped:
            yield from make_events(ctx, token, helps[0], EventKind.COOPERATION,
                                   sense("aid", "070"), givers, helped, helps, extractor,
                                   0.6)  # fmt: skip


def _own(noun: Token) -> bool:
    """Help with no owner but the thanked ("its", "their", "the")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return all(c.lower_ in {"its", "their"} for c in owners)


def _state_of(ctx: Context, subject: Token) -> list[str]:
    """The thanker if a state, else the country its title names ("Fijian Prime Minister X")."""
    keys = [k for k in g.actors_of(ctx, subject) if k.startswith("country/")]
    if keys:
        return keys
    if not any(k.startswith("person/") for k in g.actors_of(ctx, subject)):
        return []
    words = [t for t in subject.lefts if t.dep_ in {"compound", "amod"}]
    words += [w for t in words for w in t.lefts if w.dep_ in {"compound", "amod"}]
    return [k for w in words if (k := ctx.actors.at(w.i)) and k.startswith("country/")]
