"""Posts a move between parties gives a person: "X joined Labour", "X has defected
(from the Tories) to the Liberal Democrats", "X switched to the Reform Party", "X
crossed the floor to join the Greens", "X, who stood / is standing for the Green
Party". The party (or body, for "joined" and "defected") is one X now belongs to;
the one left behind ("from the Tories") a former one; a candidacy in the past
("stood for the Greens in 2001") a former post.

Each yields (person, body, tokens, role, current) for :mod:`kg.extract.roles`.
Only what the text asserts: "hopes to join", "denied he would defect", "did not
stand for" give nothing; "joined Amnesty in condemning X" is a joint act, no
membership; a person joined ("joined the prince") is no body.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modality import Modality, modality, negated
from kg.language.gazetteer import gazetteer

Post = tuple[str, str, list[Token], str, bool]  # person, body, tokens, role, current

_BODIES = ("org/", "group/")
# Verbs of moving to a party, and the preposition of the one left ("defected from A to B").
_MOVING = frozenset({"defect", "switch", "cross"})
# Last words of a party's name: "stood for the Green Party", "switched to the Liberals"
# (not "stood for the Senate": a chamber sought, no party).
_PARTY_WORDS = frozenset(
    """party democrats republicans conservatives liberals greens socialists labour
    unionists nationalists tories communists""".split()
)


def party_moves(ctx: Context) -> Iterator[Post]:
    """Every post a move between parties of the document gives."""
    for verb, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma not in {"join", "rejoin", "stand", *_MOVING}:
            continue
        if negated(verb) or _told_as(ctx, verb) is not Modality.ASSERTED:
            continue
        if lemma in {"join", "rejoin"}:
            yield from _joined(ctx, verb)
        elif lemma == "stand":
            yield from _stood(ctx, verb)
        else:
            yield from _moved(ctx, verb)


def _told_as(ctx: Context, verb: Token) -> Modality:
    """ "crossed the floor to join X": the purpose told with the act is the act's."""
    head = verb.head
    if verb.dep_ in {"advcl", "xcomp"} and head.lemma_ == "cross" and g.has_to(verb):
        return modality(ctx, head) if not negated(head) else Modality.HYPOTHETICAL
    return modality(ctx, verb)


def _people(ctx: Context, verb: Token) -> list[tuple[Token, str]]:
    subjects = g.subjects(verb)
    if not subjects and verb.dep_ in {"advcl", "xcomp"}:
        subjects = g.subjects(verb.head)  # "crossed the floor to join X"
    return [(s, k) for s in subjects for k in g.actors_of(ctx, s) if k.startswith("person/")]


def _bodies(ctx: Context, tokens: list[Token], party: bool) -> list[tuple[Token, str]]:
    return [(t, k) for t in tokens for k in g.actors_of(ctx, t)
            if k.startswith(_BODIES) and (not party or _a_party(ctx, k))]  # fmt: skip


def _a_party(ctx: Context, key: str) -> bool:
    """A party: a name ending in a party's word, or a standing national party."""
    actor = ctx.actors.actors.get(key)
    entry = gazetteer().entries.get(key)
    name = actor.name if actor is not None else entry.name if entry is not None else ""
    last = name.split()[-1].lower() if name else ""
    return last in _PARTY_WORDS or (entry is not None and entry.country is not None
                                    and last not in {"senate", "parliament", "assembly"})  # fmt: skip


def _joined(ctx: Context, verb: Token) -> Iterator[Post]:
    """ "X joined Labour / Amnesty International" (not "joined the UN in condemning Y",
    "joined X for talks": an act shared with a body, no membership)."""
    if any(c.dep_ == "prep" and (c.lower_ == "for" or (c.lower_ == "in" and any(
            o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children)))
           for c in verb.children):  # fmt: skip
        return
    for subj, person in _people(ctx, verb):
        for obj, body in _bodies(ctx, g.direct_objects(verb), party=False):
            # (a firm's or an agency's post it does not name: "joined Shell in 1990")
            role = "member" if _a_party(ctx, body) else ""
            yield person, body, [subj, verb, obj], role, True


def _moved(ctx: Context, verb: Token) -> Iterator[Post]:
    """ "X defected from the Greens to Labour", "X switched to the Greens"."""
    if verb.lemma_ == "cross":
        return  # (read through the "join" it is told with: "crossed the floor to join X")
    party = verb.lemma_ == "switch"
    for subj, person in _people(ctx, verb):
        for obj, body in _bodies(ctx, g.prep_objects(verb, {"to"}), party=party):
            yield person, body, [subj, verb, obj], "member", True
        for obj, body in _bodies(ctx, g.prep_objects(verb, {"from"}), party=True):
            yield person, body, [subj, verb, obj], "member", False


def _stood(ctx: Context, verb: Token) -> Iterator[Post]:
    """ "X, who stood for the Greens in 2001", "X is standing for the Unity Party"."""
    current = verb.tag_ in {"VBG", "VBZ", "VBP"} and verb.dep_ != "acl"
    for subj, person in _people(ctx, verb):
        for obj, body in _bodies(ctx, g.prep_objects(verb, {"for"}), party=True):
            yield person, body, [subj, verb, obj], "candidate", current
