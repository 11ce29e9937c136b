"""A hostile act named as what a threat threatens: "Chile renewed its threat of
military action against Peru", "Peru's warning of sanctions on Chile". The act is
not done; the threat is (CAMEO 130), by whoever makes it, against whom the act
would hit ("the threat by X of sanctions against Y", "the threat of sanctions from X
against Y": X). With no one named as making it ("the threat of sanctions grew") there
is no event at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.doing import doers, doing_verb
from kg.extract.owner_parties import compound_actors, owners
from kg.extract.receivers import drawing_verb
from kg.extract.senses import Sense
from kg.extract.triggers import Trigger
from kg.records import Event

_THREATS = frozenset({"threat", "threats", "warning", "warnings"})
_MAKERS = frozenset({"by", "from"})


def threat_of(noun: Token) -> Token | None:
    """The threat noun whose "of" phrase ``noun`` heads ("threat of [sanctions]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    held = prep.head  # "the threat by X of [sanctions]": the parser hung "of" on X
    if held.dep_ == "pobj" and held.head.lower_ in _MAKERS and held.head.head.lower_ in _THREATS:
        return held.head.head
    return held if held.lower_ in _THREATS else None


def threatened(
    ctx: Context, noun: Token, trig: Trigger, threat: Token, extractor: str
) -> Iterator[Event]:
    """The threat (CAMEO 130) made by the owner of ``threat`` (or by who issues it)
    against whom the act ``noun`` names would hit."""
    verb = doing_verb(threat)  # "Chile issued a threat of ...", "renewed its threat"
    agents = owners(ctx, threat) or (doers(ctx, verb) if verb is not None else [])
    # "the threat of sanctions by X against Y": the parser hung "by X" on the act
    agents = agents or [k for t in g.prep_objects(noun, _MAKERS) for k in g.actors_of(ctx, t)]
    targets = [k for t in g.prep_objects(noun, trig.preps - {"by", "from"})
               for k in targets_of(ctx, t)]  # fmt: skip
    targets += [k for k in compound_actors(ctx, noun) if k not in agents]
    drawer = drawing_verb(threat) if verb is None else None
    if drawer is not None and not targets:  # "Y faced the threat of sanctions from X": Y
        targets = [k for t in g.subjects(drawer) for k in targets_of(ctx, t) if k not in agents]
    anchor = verb or drawer or threat
    yield from make_events(ctx, anchor, noun, trig.kind, Sense("threaten", "130"), agents,
                           targets, [threat, noun], extractor, 0.65)  # fmt: skip
