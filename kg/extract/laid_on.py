"""Whom blame is laid on: "blamed the blast on X", "blamed the collapse of the talks on
X", "laid the blame for the blast on X". What is blamed is a thing, not the target:
"blamed the attack by A on the weather" blames no one named, and A least of all.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.when import says_when


def blamed_on(verb: Token, preps: frozenset[str], phrase: bool) -> list[Token]:
    """Whom blame is laid on through what the verb governs: "blamed the blast ON X",
    and, for a phrase ("laid the blame"), "laid the blame for the blast ON X" (empty
    when no "on" follows)."""
    things = g.direct_objects(verb)
    if phrase:
        things += [t for o in things for t in g.prep_objects(o, {"for"})]
        things += g.prep_objects(verb, {"for"})
    on = preps & {"on", "onto"}  # the last "on" in it: "the collapse of the talks on X"
    ons = [t for x in things for t in x.subtree if t.dep_ == "prep" and t.lower_ in on]
    ons += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in on]  # (or on the verb)
    ons = sorted((t for t in ons if not says_when(t)), key=lambda t: t.i)  # ("on Sunday")
    return g.prep_objects(ons[-1].head, {ons[-1].lower_}) if ons else []
