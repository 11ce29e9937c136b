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
              for c in o.children if c.dep_ == "compound" and c.ent_type_ == "GPE"
              and c.left_edge.i == verb.i + 1 and not g.prep_objects(verb, {"to", "for"})]  # fmt: skip
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
