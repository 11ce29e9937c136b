"""Signing together in one place is a meeting: "The Latvian and Lithuanian foreign
ministers, X and Y, signed a border accord in Riga", "X and Y signed the memorandum
together", and the absolute after "with": "A and B filed a joint bid, with A's minister X
and B's minister Y signing the letter in Tallinn" (X and Y meet; the parser may hang X on
the "with" and make only Y the subject of "signing").

Only people meet so (states that sign in a capital may do it through envoys), two or more
of them, and only where the text puts them together: one place ("in Riga", not "in Riga and
Vilnius") or "together"; not what each signed "separately" or "remotely". Planned,
negated and hypothetical signings are kept but marked (the verb's modality).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import contact_events
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.records import Event, EventKind

SIGNING = frozenset({"sign", "ink", "countersign", "co-sign"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_APART = frozenset(
    "separately respectively remotely virtually online individually apart independently".split()
)


def signed_together(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Meetings of the people who signed something together (see the module)."""
    for token, lemma, _, pos in ctx.scan(start, end):
        if pos != "VERB" or lemma not in SIGNING or not _together(token):
            continue
        tokens = signers(token)
        people = [k for t in tokens for k in g.actors_of(ctx, t) if k.startswith("person/")]
        people = list(dict.fromkeys(people))
        if len(people) < 2:
            continue
        yield from contact_events(ctx, token, token, EventKind.MEETING, "meet", people, [],
                                  "participant", "participant", False, tokens, cameo="040",
                                  confidence=0.6)  # fmt: skip


def signers(verb: Token) -> list[Token]:
    """Who signs: the subjects (a passive's agents), and in an absolute after "with" the
    noun the parser hung on the "with" ("with X and Y signing")."""
    found = g.agents(verb) if g.is_passive(verb) else g.subjects(verb)
    if verb.dep_ in {"pcomp", "acl", "advcl"} and verb.head.lower_ == "with":
        hung = [o for o in verb.head.children if o.dep_ == "pobj"]
        found = [*found, *(t for o in hung for t in g.conjuncts(o))]
    return list(dict.fromkeys(found))


def _together(verb: Token) -> bool:
    """Signed in one named place or "together", and not apart."""
    children = list(verb.children)
    if any(c.lower_ in _APART for c in verb.subtree):
        return False
    if any(c.lower_ == "together" and c.dep_ == "advmod" for c in children):
        return True
    holders = [verb, *g.direct_objects(verb)]
    places = [o for h in holders for o in g.prep_objects(h, {"in", "at"}) if o.ent_type_ in _PLACES]
    return len(places) == 1 and not g.conjuncts(places[0])[1:]


def signed_for(ctx: Context, extractor: str) -> Iterator[Event]:
    """The absolute after "with": "A and B filed a joint bid, with X and Y signing the
    letter": the signers agree (CAMEO 057), and so do the parties the main clause names
    ("A and B"), whose deed the signing completes."""
    for token, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma not in SIGNING or token.dep_ not in {"pcomp", "advcl"}:
            continue
        if token.head.lower_ != "with" or token.head.head.pos_ not in {"VERB", "AUX"}:
            continue
        tokens = signers(token)
        keys = list(dict.fromkeys(k for t in tokens for k in g.actors_of(ctx, t)))
        main = token.head.head
        parties = [k for s in g.subjects(main) for k in g.actors_of(ctx, s)]
        for sides in (keys, list(dict.fromkeys(parties))):
            if len(sides) >= 2:
                yield from make_events(ctx, token, token, EventKind.COOPERATION,
                                       sense("sign", "057", symmetric=True), sides, [],
                                       tokens, extractor, 0.65)  # fmt: skip
