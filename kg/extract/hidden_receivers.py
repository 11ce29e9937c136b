"""Receivers of what is given that no "to" phrase of the verb names.

The parser may hang the receiver on the name set beside what is given: in "handed over the
suspect, Omar Delvi, to X" the "to" phrase hangs on the name between commas (read as a
modifier of the verb or an apposition of the object), and in "handed the fugitive, X, over to
Y" on an "over" read as a preposition or an adverb, so the verb seemed to give to nobody.
And a gift's purpose may name its receiver: "pledged $300m to help rebuild Iraq", "donated
$5m to rebuild Chile's schools" (the country rebuilt, or whose things are). A country
right after the verb that the parser took for a modifier of what is given is its receiver:
"gave Ukraine tanks", "sent Israel bombs" (a dative, no "Ukrainian tanks"). Whose custody
someone is handed into receives them ("transferred X to the custody of Y")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g

_BESIDE = frozenset({"npadvmod", "appos"})
# How the parser hangs a receiver on what is given: "sent Israel bombs", "sent Nepal food aid".
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


# What a gift is made for, done to a country: "to rebuild Iraq", "to help stabilise Haiti".
_MENDING = frozenset("rebuild reconstruct restore stabilise stabilize recover".split())


def receivers(verb: Token) -> list[Token]:
    """Who ``verb`` gives to, named after a name between commas after its object, or the
    country its purpose mends when no "to" phrase names one."""
    objects = g.direct_objects(verb)
    if not objects:
        return []
    if not g.prep_objects(verb, {"to"}):
        objects_mended = [o for c in _purposes(verb) for o in g.direct_objects(c)]
        mended = [
            p for o in objects_mended for p in [o, *(c for c in o.children if c.dep_ == "poss")]
        ]
        if found := [t for t in mended if t.ent_type_ == "GPE"]:
            return found
    first = min(o.i for o in objects)
    doc = verb.doc
    dative = [c for o in objects if not any(d.dep_ == "det" for d in o.children)
              for c in _modifiers(o) if c.ent_type_ == "GPE"
              and c.left_edge.i == verb.i + 1 and not g.prep_objects(verb, {"to", "for"})]  # fmt: skip
    dative += adverb_dative(verb)
    over = [t for c in verb.children if c.lower_ == "over" and c.dep_ in {"prep", "advmod"}
            for t in g.prep_objects(c, {"to"})]  # fmt: skip
    return (
        dative
        + over
        + _custodians(verb)
        + [
            t
            for h in [verb, *objects]
            for c in h.children
            if c.dep_ in _BESIDE
            and c.pos_ == "PROPN"
            and c.i > first
            and doc[_start(c) - 1].text == ","
            for t in g.prep_objects(c, {"to"})
        ]
    )


def _custodians(verb: Token) -> list[Token]:
    """Whose custody someone is handed into: "transferred X to the custody of Y",
    "handed X over to US custody", "into Kenyan custody"."""
    return [t for o in g.prep_objects(verb, {"to", "into"}) if o.lemma_.lower() == "custody"
            for t in [*g.prep_objects(o, {"of"}), *(c for c in o.children
                      if c.dep_ in {"poss", "compound", "amod"})]]  # fmt: skip


def _start(name: Token) -> int:
    """Where a name begins, leaving out the commas the parser hangs on it."""
    return min(
        [name.i, *(c.left_edge.i for c in name.children if c.dep_ != "punct" and c.i < name.i)]
    )


def _purposes(verb: Token) -> list[Token]:
    """The verbs of mending a gift is made for: "to rebuild X", "to help (to) rebuild X"."""
    out = []
    for c in verb.children:
        if c.dep_ not in {"xcomp", "advcl"} or not any(a.lower_ == "to" for a in c.children):
            continue
        if c.lemma_ == "help":
            out += [d for d in c.children if d.dep_ in {"xcomp", "ccomp"} and d.lemma_ in _MENDING]
        elif c.lemma_ in _MENDING:
            out.append(c)
    return out


def adverb_dative(verb: Token) -> list[Token]:
    """A country right after the verb and right before its object, read as a noun
    modifier of the verb: "handed Azerbaijan 20 drones" (Azerbaijan gets them)."""
    objects = [o for o in g.direct_objects(verb) if o.i > verb.i]
    if not objects or g.prep_objects(verb, {"to", "for"}):
        return []
    first = min(o.left_edge.i for o in objects)
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "GPE"
            and c.left_edge.i == verb.i + 1 and c.right_edge.i + 1 == first]  # fmt: skip


def _modifiers(thing: Token) -> list[Token]:
    """The words that modify ``thing``, and those that modify a name before it: "sent
    Israel bombs", "gave Ukraine Storm Shadow missiles" ("Ukraine" hung on "Storm")."""
    found = [c for c in thing.children if c.dep_ in _MODIFIERS]
    return found + [m for c in found if c.pos_ == "PROPN" for m in _modifiers(c)]
